import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
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
const campaignCount = (name: string) => getDb().campaign.count({ where: { name } });

describe('the guarded action path', () => {
  it('rejects an anonymous caller and writes nothing', async () => {
    const before = await auditCount();
    const result = await createCampaignAction(input('匿名'));
    expect(result).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await campaignCount('匿名')).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it('rejects bad input with a message per field and writes nothing', async () => {
    signInAs(demo.users.admin);
    const before = await auditCount();
    const result = await createCampaignAction({ name: '', year: 1800, periodStart: '2019-12-31', periodEnd: '2019-01-01' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('INVALID_INPUT');
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['name', 'periodEnd', 'year']);
    expect(result.fieldErrors?.name).toEqual(['必填。']);
    expect(await auditCount()).toBe(before);
  });

  it('reports a period in the wrong order on the end date', async () => {
    signInAs(demo.users.admin);
    const result = await createCampaignAction({ ...input('倒序'), periodStart: '2019-12-31', periodEnd: '2019-01-01' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { periodEnd: ['结束日期不能早于开始日期。'] } });
  });

  it('denies a role without the permission and writes nothing', async () => {
    for (const user of [demo.users.leader, demo.users.zhaoqingOfficial]) {
      signInAs(user);
      const before = await auditCount();
      const result = await createCampaignAction(input(`越权 ${user.username}`));
      expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '您没有执行此操作的权限。' });
      expect(await campaignCount(`越权 ${user.username}`)).toBe(0);
      expect(await auditCount()).toBe(before);
    }
  });

  it('denies a role without the permission before reading its input: malformed input is FORBIDDEN too, not a list of field errors', async () => {
    signInAs(demo.users.leader);
    const result = await createCampaignAction({ name: '', year: 'x', periodStart: 'not a date', periodEnd: null });
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(result.ok ? null : result.fieldErrors).toBeUndefined();
  });

  it('writes the row and one chained audit event on success', async () => {
    signInAs(demo.users.admin);
    const result = await createCampaignAction(input('2019年度考核'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const event = await getDb().auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(event).toMatchObject({ action: 'campaign.create', entityType: 'Campaign', entityId: result.data.id, actorId: demo.users.admin.id });
    const previous = await getDb().auditEvent.findFirst({ where: { id: { lt: event.id } }, orderBy: { id: 'desc' } });
    expect(event.prevHash).toBe(previous?.hash ?? '0'.repeat(64));
  });
});

describe('conflict detection', () => {
  it('lets the first of two edits from the same version win and reports a conflict to the second', async () => {
    signInAs(demo.users.admin);
    const campaign = await createCampaign(getDb(), {});
    const base = { id: campaign.id, version: campaign.version, year: 2018, periodStart: '2018-01-01', periodEnd: '2018-12-31' };
    const first = await updateCampaignAction({ ...base, name: `${campaign.name} 甲` });
    const second = await updateCampaignAction({ ...base, name: `${campaign.name} 乙` });
    expect(first).toEqual({ ok: true, data: { id: campaign.id, version: campaign.version + 1 } });
    expect(second).toMatchObject({ ok: false, code: 'CONFLICT' });
    const stored = await getDb().campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(stored.name).toBe(`${campaign.name} 甲`);
    expect(stored.version).toBe(campaign.version + 1);
  });

  it('reports a missing row as not found, not as a conflict', async () => {
    signInAs(demo.users.admin);
    const result = await updateCampaignAction({ id: 'missing', version: 1, name: 'x', year: 2018, periodStart: '2018-01-01', periodEnd: '2018-12-31' });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
