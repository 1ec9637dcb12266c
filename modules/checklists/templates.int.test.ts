import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { addItemAction, createTemplateAction, moveItemAction, removeItemAction, updateItemAction, updateTemplateAction } from '@/modules/checklists/actions';
import { checkPayload, createCheckWorld, postCheck } from '@/modules/checks/test-support';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { uniqueSuffix } from '@/seeds/factories/client';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const auditCount = () => getDb().auditEvent.count();
const itemsOf = (templateId: string) =>
  getDb().checklistItem.findMany({ where: { templateId }, orderBy: { position: 'asc' }, select: { code: true, position: true, prompt: true, expected: true, version: true } });

async function newTemplate() {
  signInAs(demo.users.admin);
  const code = `T-${uniqueSuffix()}`;
  const result = await createTemplateAction({ code, name: `测试核查表 ${code}`, subject: 'HOUSEHOLD', minimumSeconds: 300 });
  if (!result.ok) throw new Error(result.message);
  return { id: result.data.id, code };
}

async function addItem(templateId: string, code: string, extra: Partial<Parameters<typeof addItemAction>[0]> = {}) {
  const result = await addItemAction({ templateId, code, prompt: `问题 ${code}`, answerType: 'YES_NO', expected: 'YES', ...extra });
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
}

describe('editing checklist templates', () => {
  it('lets an admin add, edit, reorder and remove questions, each with an audit event', async () => {
    const template = await newTemplate();
    const food = await addItem(template.id, 'FOOD');
    await addItem(template.id, 'INCOME', { answerType: 'NUMBER', expected: '07365.0' });
    await addItem(template.id, 'REMARK', { answerType: 'TEXT', expected: null });
    expect((await itemsOf(template.id)).map((i) => [i.code, i.position, i.expected])).toEqual([['FOOD', 0, 'YES'], ['INCOME', 1, '7365'], ['REMARK', 2, null]]);

    expect(await moveItemAction({ id: food, direction: 'DOWN' })).toMatchObject({ ok: true });
    expect((await itemsOf(template.id)).map((i) => i.code)).toEqual(['INCOME', 'FOOD', 'REMARK']);
    expect(await moveItemAction({ id: food, direction: 'DOWN' })).toMatchObject({ ok: true });
    expect(await moveItemAction({ id: food, direction: 'DOWN' })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });

    const updated = await updateItemAction({ id: food, version: 1, code: 'FOOD', prompt: '吃不愁', answerType: 'YES_NO', expected: 'NO' });
    expect(updated).toEqual({ ok: true, data: { id: food, version: 2 } });
    expect(await removeItemAction({ id: food, version: 2 })).toMatchObject({ ok: true });
    expect((await itemsOf(template.id)).map((i) => i.code)).toEqual(['INCOME', 'REMARK']);

    const actions = await getDb().auditEvent.findMany({ where: { entityType: { in: ['ChecklistTemplate', 'ChecklistItem'] }, data: { path: ['templateId'], equals: template.id } }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['checklist.item.add', 'checklist.item.move', 'checklist.item.update', 'checklist.item.remove']));
  });

  it('refuses an expected value that does not fit the answer type, on the field', async () => {
    const template = await newTemplate();
    const result = await addItemAction({ templateId: template.id, code: 'INCOME', prompt: '收入', answerType: 'NUMBER', expected: '7,365' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { expected: [expect.stringContaining('数字')] } });
    const dup = await addItem(template.id, 'FOOD').then(() => addItemAction({ templateId: template.id, code: 'FOOD', prompt: '重复', answerType: 'YES_NO' }));
    expect(dup).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { code: [expect.stringContaining('FOOD')] } });
  });

  it('records what a question counts as in the household outcome, and refuses a role it does not know', async () => {
    const template = await newTemplate();
    const income = await addItem(template.id, 'INCOME', { answerType: 'NUMBER', expected: '7365', outcomeRole: 'INCOME' });
    const plain = await addItem(template.id, 'NOTE', { answerType: 'TEXT', expected: null });
    const read = async (id: string) => (await getDb().checklistItem.findUniqueOrThrow({ where: { id }, select: { outcomeRole: true, version: true } }));
    expect((await read(income)).outcomeRole).toBe('INCOME');
    expect((await read(plain)).outcomeRole).toBeNull();
    const cleared = await updateItemAction({ id: income, version: (await read(income)).version, code: 'INCOME', prompt: '收入', answerType: 'NUMBER', expected: '7365', outcomeRole: null });
    expect(cleared.ok).toBe(true);
    expect((await read(income)).outcomeRole).toBeNull();
    const unknown = await addItemAction({ templateId: template.id, code: 'X', prompt: '未知', answerType: 'YES_NO', expected: 'YES', outcomeRole: 'SCORE' as 'INCOME' });
    expect(unknown).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('tells the second of two edits from the same version that somebody saved first', async () => {
    const template = await newTemplate();
    const id = await addItem(template.id, 'WATER');
    const edit = (prompt: string) => updateItemAction({ id, version: 1, code: 'WATER', prompt, answerType: 'YES_NO', expected: 'YES' });
    expect(await edit('饮水安全（甲）')).toMatchObject({ ok: true });
    expect(await edit('饮水安全（乙）')).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await itemsOf(template.id))[0]?.prompt).toBe('饮水安全（甲）');
    expect(await updateTemplateAction({ id: template.id, version: 1, name: '改名', minimumSeconds: 600 })).toMatchObject({ ok: true });
    expect(await updateTemplateAction({ id: template.id, version: 1, name: '再改名', minimumSeconds: 60 })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('refuses, with the reason, to remove an answered question or change its answer type', async () => {
    const world = await createCheckWorld(demo);
    signInAs(demo.users.assessor);
    expect((await postCheck(checkPayload(world))).result.ok).toBe(true);
    signInAs(demo.users.admin);
    const food = await getDb().checklistItem.findUniqueOrThrow({ where: { id: world.item('FOOD') }, select: { id: true, version: true, code: true, prompt: true } });
    const removed = await removeItemAction({ id: food.id, version: food.version });
    expect(removed).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    if (!removed.ok) expect(removed.message).toMatch(/已有 \d+ 个回答，不能删除/);
    const retyped = await updateItemAction({ ...food, answerType: 'TEXT', expected: null });
    expect(retyped).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await getDb().checklistItem.count({ where: { id: food.id, answerType: 'YES_NO' } })).toBe(1);
  });

  it('refuses every other role and writes nothing', async () => {
    const template = await newTemplate();
    const itemId = await addItem(template.id, 'HOUSING');
    const { leader, assessor, zhaoqingOfficial, fengkaiOfficial } = demo.users;
    for (const user of [leader, assessor, zhaoqingOfficial, fengkaiOfficial]) {
      signInAs(user);
      const [audits, items] = [await auditCount(), await itemsOf(template.id)];
      const results = [
        await createTemplateAction({ code: `X-${uniqueSuffix()}`, name: '越权', subject: 'VILLAGE', minimumSeconds: 0 }),
        await addItemAction({ templateId: template.id, code: 'X', prompt: '越权', answerType: 'YES_NO' }),
        await updateItemAction({ id: itemId, version: 1, code: 'HOUSING', prompt: '越权', answerType: 'YES_NO' }),
        await moveItemAction({ id: itemId, direction: 'UP' }),
        await removeItemAction({ id: itemId, version: 1 }),
        await updateTemplateAction({ id: template.id, version: 1, name: '越权', minimumSeconds: 0 }),
      ];
      for (const result of results) expect(result, user.username).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await auditCount(), user.username).toBe(audits);
      expect(await itemsOf(template.id), user.username).toEqual(items);
    }
  });
});
