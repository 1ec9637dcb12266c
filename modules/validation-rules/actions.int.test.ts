import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { createRuleAction, moveRuleAction, removeRuleAction, updateRuleAction } from '@/modules/validation-rules/actions';
import { evaluateValidationRules, toFigures } from '@/modules/validation-rules/rules';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createCampaign, createIndicators } from '@/seeds/factories/campaigns';
import { INDICATORS_2018 } from '@/seeds/scenario-zhaoqing-2018';
import { seedValidationRules, VALIDATION_RULES_2018 } from '@/seeds/scenario-validation-rules';

let demo: Demo;
let campaignId: string;
beforeAll(async () => {
  demo = await loadDemo();
  campaignId = (await createCampaign(getDb(), { status: 'ACTIVE' })).id;
  await createIndicators(getDb(), campaignId, INDICATORS_2018);
});

const input = (code: string, fields: Partial<{ left: string; right: string; operator: 'LTE' | 'EQ'; tolerance: string }> = {}) => ({
  campaignId,
  code,
  description: '本年度不超过累计',
  left: 'PR-01.THIS_YEAR',
  operator: 'LTE' as const,
  right: 'PR-01.CUMULATIVE',
  tolerance: '0',
  ...fields,
});
const rulesOf = (id: string) => getDb().validationRule.findMany({ where: { campaignId: id }, orderBy: { position: 'asc' } });
const auditCount = () => getDb().auditEvent.count();

describe('validation rule writes by the assessment office', () => {
  it('adds a rule and records an audit event', async () => {
    signInAs(demo.users.admin);
    const result = await createRuleAction(input('r-01', { tolerance: '0.5' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await getDb().validationRule.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(stored).toMatchObject({ code: 'R-01', operator: 'LTE', position: 0, version: 1 });
    expect(stored.tolerance.toNumber()).toBe(0.5);
    const event = await getDb().auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(event).toMatchObject({ action: 'validationRule.create', entityType: 'ValidationRule', entityId: stored.id, actorId: demo.users.admin.id });
  });

  it('refuses an expression that does not parse, naming the position, and writes nothing', async () => {
    signInAs(demo.users.admin);
    const before = await auditCount();
    const result = await createRuleAction(input('R-BAD', { left: 'PR-01.THIS_YEAR <= 3', right: 'PR-01.LAST_YEAR' }));
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      fieldErrors: {
        left: ['第 17 个字符“<”无法识别：只能使用“指标编码.期间”、数字、+ - * / 和括号。'],
        right: ['第 7 个字符处的期间“LAST_YEAR”无效，只能是 BASELINE（帮扶起始值）、CUMULATIVE（累计）或 THIS_YEAR（本年度）。'],
      },
    });
    expect(await getDb().validationRule.count({ where: { campaignId, code: 'R-BAD' } })).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it('names an indicator code the campaign does not have, and a taken rule code', async () => {
    signInAs(demo.users.admin);
    const result = await createRuleAction(input('R-01', { right: 'XX-99.CUMULATIVE' }));
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      fieldErrors: { code: ['本考核已有编号为 R-01 的规则。'], right: ['本考核的指标体系中没有编码为 XX-99 的指标。'] },
    });
  });

  it('edits with conflict detection, moves and removes', async () => {
    signInAs(demo.users.admin);
    const second = await createRuleAction(input('R-02', { left: 'FM-01.THIS_YEAR', right: 'FM-01.CUMULATIVE' }));
    if (!second.ok) throw new Error(second.message);
    const rule = await getDb().validationRule.findUniqueOrThrow({ where: { id: second.data.id } });
    const edit = { ...input('R-02', { left: 'FM-01.THIS_YEAR', right: 'FM-01.CUMULATIVE * 1' }), id: rule.id, version: rule.version };
    expect(await updateRuleAction(edit)).toEqual({ ok: true, data: { id: rule.id, version: rule.version + 1 } });
    expect(await updateRuleAction({ ...edit, description: '过期的修改' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await getDb().validationRule.findUniqueOrThrow({ where: { id: rule.id } })).right).toBe('FM-01.CUMULATIVE * 1');

    expect(await moveRuleAction({ id: rule.id, position: 1, direction: 'up' })).toEqual({ ok: true, data: { id: rule.id, position: 0 } });
    expect((await rulesOf(campaignId)).map((r) => r.code)).toEqual(['R-02', 'R-01']);
    expect(await moveRuleAction({ id: rule.id, position: 0, direction: 'up' })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });

    expect(await removeRuleAction({ id: rule.id, version: rule.version })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await removeRuleAction({ id: rule.id, version: rule.version + 1 })).toEqual({ ok: true, data: { id: rule.id } });
    expect((await rulesOf(campaignId)).map((r) => [r.code, r.position])).toEqual([['R-01', 0]]);
    const event = await getDb().auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(event).toMatchObject({ action: 'validationRule.remove', entityType: 'ValidationRule', entityId: rule.id });
  });
});

describe('who may change validation rules', () => {
  it('denies leaders, assessors and officials and writes nothing', async () => {
    const [rule] = await rulesOf(campaignId);
    for (const user of [demo.users.leader, demo.users.assessor, demo.users.zhaoqingOfficial]) {
      signInAs(user);
      const before = await auditCount();
      expect(await createRuleAction(input(`R-${user.username}`))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await updateRuleAction({ ...input('R-01', { tolerance: '9' }), id: rule!.id, version: rule!.version })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await removeRuleAction({ id: rule!.id, version: rule!.version })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await auditCount()).toBe(before);
    }
    expect(await rulesOf(campaignId)).toEqual([rule]);
  });

  it('refuses every write to the rules of a closed campaign', async () => {
    const closed = await createCampaign(getDb(), { status: 'CLOSED' });
    await createIndicators(getDb(), closed.id, INDICATORS_2018);
    const [existing] = Object.values(await seedValidationRules(getDb(), closed.id));
    const rule = await getDb().validationRule.findUniqueOrThrow({ where: { id: existing!.id } });
    signInAs(demo.users.admin);
    const closedMessage = { ok: false, code: 'RULE_VIOLATION', message: '该考核已结束，不能再修改。' };
    expect(await createRuleAction({ ...input('R-09'), campaignId: closed.id })).toMatchObject(closedMessage);
    expect(await updateRuleAction({ ...input(rule.code), id: rule.id, version: rule.version })).toMatchObject(closedMessage);
    expect(await moveRuleAction({ id: rule.id, position: 0, direction: 'down' })).toMatchObject(closedMessage);
    expect(await removeRuleAction({ id: rule.id, version: rule.version })).toMatchObject(closedMessage);
    expect((await rulesOf(closed.id)).map((r) => r.code)).toEqual(VALIDATION_RULES_2018.map((r) => r.code));
  });
});

describe('the demo rules', () => {
  it('are seeded once and hold for the figures Zhaoqing reported', async () => {
    const db = getDb();
    // A copy of the demo framework, so that the demo campaign itself stays as other tests expect it.
    const copy = await createCampaign(db, {});
    await createIndicators(db, copy.id, INDICATORS_2018);
    await seedValidationRules(db, copy.id);
    await seedValidationRules(db, copy.id);
    const rules = await rulesOf(copy.id);
    expect(rules.map((r) => r.code)).toEqual(['R-01', 'R-02', 'R-03', 'R-04']);
    const values = await db.indicatorValue.findMany({
      where: { workReportId: demo.scenario.workReport.id, revision: 1 },
      select: { period: true, value: true, indicator: { select: { code: true } } },
    });
    const figures = toFigures(values.map((v) => ({ code: v.indicator.code, period: v.period, value: v.value })));
    expect(evaluateValidationRules(rules.map((r) => ({ ...r, tolerance: r.tolerance.toString() })), figures)).toEqual([]);
  });
});
