// Bad input through the real guarded path against PostgreSQL: the text rule, integer ranges,
// and database errors caused by the input, each a clear answer that writes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { runGuarded } from '@/lib/server/guarded';
import { z } from 'zod';
import { createCampaignAction, updateCampaignAction } from '@/modules/campaigns/actions';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createCampaign } from '@/seeds/factories/campaigns';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const input = (name: string) => ({ name, year: 2019, periodStart: '2019-01-01', periodEnd: '2019-12-31', description: '' });
const auditCount = () => getDb().auditEvent.count();

describe('text at the guarded path', () => {
  it('refuses a NUL byte with a message on the field, and writes nothing', async () => {
    signInAs(demo.users.admin);
    const before = await auditCount();
    const result = await createCampaignAction({ ...input('含\u0000空字符'), description: 'ok' });
    expect(result).toEqual({ ok: false, code: 'INVALID_INPUT', message: '输入有误，请按提示修改。', fieldErrors: { name: ['不能包含控制字符（如 NUL）。'] } });
    expect(await getDb().campaign.count({ where: { name: { startsWith: '含' } } })).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it('refuses a lone surrogate', async () => {
    signInAs(demo.users.admin);
    const result = await createCampaignAction({ ...input('考核'), description: 'half \ud83d' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { description: ['含有无效字符（不成对的代理项）。'] } });
  });

  it('stores text in NFC, so the same words typed differently are one value', async () => {
    signInAs(demo.users.admin);
    const result = await createCampaignAction(input('Cafe\u0301 考核'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await getDb().campaign.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(stored.name).toBe('Caf\u00e9 考核');
  });
});

describe('numbers within their column', () => {
  it('answers a version beyond 32 bits with a validation message, not a database error', async () => {
    signInAs(demo.users.admin);
    const campaign = await createCampaign(getDb(), {});
    const result = await updateCampaignAction({ id: campaign.id, version: 2 ** 40, ...input('越界') });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { version: ['不能大于 2147483647。'] } });
  });
});

describe('a field that is there but not a whole number', () => {
  it('is told to be a (whole) number, not that it is missing', async () => {
    signInAs(demo.users.admin);
    const before = await auditCount();
    const fraction = await createCampaignAction({ ...input('小数年份'), year: '2019.5' });
    expect(fraction).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { year: ['请填写整数。'] } });
    const word = await createCampaignAction({ ...input('文字年份'), year: 'abc' });
    expect(word).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { year: ['请填写数字。'] } });
    expect(await createCampaignAction({ ...input('缺年份'), year: undefined })).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { year: ['必填。'] } });
    const text = await createCampaignAction({ ...input('名称为数'), name: 42 as unknown as string });
    expect(text).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { name: ['格式不正确。'] } });
    expect(await auditCount()).toBe(before);
  });
});

describe('database errors caused by the input', () => {
  const run = (work: Parameters<typeof runGuarded>[0]['run']) => runGuarded({ schema: z.object({}), permission: 'campaign.manage', run: work }, {});

  it('answer a number out of the column range as INVALID_INPUT', async () => {
    signInAs(demo.users.admin);
    const result = await run(async ({ tx }) => tx.campaign.updateMany({ where: { id: 'none' }, data: { year: 2 ** 40 } }));
    expect(result).toEqual({ ok: false, code: 'INVALID_INPUT', message: '数值超出可保存的范围。' });
  });

  it('answer text PostgreSQL cannot store as INVALID_INPUT', async () => {
    signInAs(demo.users.admin);
    const result = await run(async ({ tx }) => tx.campaign.findMany({ where: { name: 'a\u0000b' } }));
    expect(result).toEqual({ ok: false, code: 'INVALID_INPUT', message: '文字中含有无法保存的字符（如控制字符）。' });
  });

  it('answer a reference to a missing row as NOT_FOUND, and roll back', async () => {
    signInAs(demo.users.admin);
    const before = await auditCount();
    const result = await run(async ({ tx, audit }) => {
      await audit({ action: 'test.fk', entityType: 'ValidationRule', entityId: 'none' });
      return tx.validationRule.create({ data: { campaignId: 'missing', code: 'X', description: '', left: '1', operator: 'EQ', right: '1', position: 0 } });
    });
    expect(result).toEqual({ ok: false, code: 'NOT_FOUND', message: '找不到该记录，或您无权查看。' });
    expect(await auditCount()).toBe(before);
  });
});
