import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import {
  createIndicatorAction,
  moveIndicatorAction,
  removeIndicatorAction,
  updateIndicatorAction,
} from '@/modules/indicators/actions';
import { expectDeniedForNonAdmins, lastAuditOf } from '@/modules/campaigns/test-support';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createCampaign, createIndicators, type IndicatorInput } from '@/seeds/factories/campaigns';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const db = () => getDb();
const fields = (code: string, weight = 10) => ({ code, name: `指标 ${code}`, unit: '%', category: 'CUSTOM' as const, valueType: 'PERCENT' as const, weight });
const THREE: IndicatorInput[] = ['A-01', 'A-02', 'A-03'].map((code) => ({ ...fields(code), weight: 10 }));

/** A fresh campaign with three indicators at positions 0, 1, 2. */
async function campaignWithThree(status: 'DRAFT' | 'ACTIVE' | 'CLOSED' = 'DRAFT') {
  const campaign = await createCampaign(db(), { status });
  const ids = await createIndicators(db(), campaign.id, THREE);
  return { campaign, ids: { a1: ids['A-01']!.id, a2: ids['A-02']!.id, a3: ids['A-03']!.id } };
}

const framework = (campaignId: string) =>
  db().indicator.findMany({ where: { campaignId }, orderBy: { position: 'asc' }, select: { code: true, position: true, name: true, version: true } });
const codesInOrder = async (campaignId: string) => (await framework(campaignId)).map((r) => `${r.position}:${r.code}`);

describe('adding an indicator', () => {
  it('lets an admin append one at the end, with an audit event', async () => {
    const { campaign } = await campaignWithThree();
    signInAs(demo.users.admin);
    const result = await createIndicatorAction({ ...fields('b-01', 12.346), campaignId: campaign.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db().indicator.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({ code: 'B-01', position: 3, verification: null, scoringRule: null, verificationNote: null });
    expect(row.weight.toString()).toBe('12.35');
    expect(await lastAuditOf(result.data.id)).toMatchObject({ action: 'indicator.create', entityType: 'Indicator', actorId: demo.users.admin.id });
  });

  it('denies every other role, writing nothing', async () => {
    const { campaign } = await campaignWithThree();
    await expectDeniedForNonAdmins(demo, () => createIndicatorAction({ ...fields('B-01'), campaignId: campaign.id }), () => framework(campaign.id));
  });

  it('reports a code already used in the campaign on the code field', async () => {
    const { campaign } = await campaignWithThree();
    signInAs(demo.users.admin);
    const result = await createIndicatorAction({ ...fields('a-02'), campaignId: campaign.id });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { code: ['本考核已有编码为 A-02 的指标。'] } });
    expect(await framework(campaign.id)).toHaveLength(3);
  });

  it('allows the same code in another campaign', async () => {
    const { campaign } = await campaignWithThree();
    signInAs(demo.users.admin);
    expect((await createIndicatorAction({ ...fields('PR-01'), campaignId: campaign.id })).ok).toBe(true);
  });
});

describe('editing an indicator', () => {
  it('lets an admin edit, with an audit event', async () => {
    const { ids } = await campaignWithThree();
    signInAs(demo.users.admin);
    const result = await updateIndicatorAction({ ...fields('A-02', 25), name: '脱贫人数', id: ids.a2, version: 1 });
    expect(result).toEqual({ ok: true, data: { id: ids.a2, version: 2 } });
    const row = await db().indicator.findUniqueOrThrow({ where: { id: ids.a2 } });
    expect(row).toMatchObject({ name: '脱贫人数', version: 2 });
    expect(row.weight.toNumber()).toBe(25);
    expect(await lastAuditOf(ids.a2)).toMatchObject({ action: 'indicator.update', actorId: demo.users.admin.id });
  });

  it('denies every other role, writing nothing', async () => {
    const { campaign, ids } = await campaignWithThree();
    await expectDeniedForNonAdmins(demo, () => updateIndicatorAction({ ...fields('A-02', 50), id: ids.a2, version: 1 }), () => framework(campaign.id));
  });

  it('reports a code taken by another indicator of the campaign', async () => {
    const { ids } = await campaignWithThree();
    signInAs(demo.users.admin);
    const result = await updateIndicatorAction({ ...fields('A-03'), id: ids.a2, version: 1 });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { code: [expect.stringContaining('A-03')] } });
  });

  it('stores a typed scoring rule and verification from form text, and clears them again', async () => {
    const { ids } = await campaignWithThree();
    signInAs(demo.users.admin);
    const result = await updateIndicatorAction({
      ...fields('A-02'),
      id: ids.a2,
      version: 1,
      scoringRule: { kind: 'LINEAR_TO_TARGET', direction: 'AT_LEAST', target: '100', step: '0.1', deductionPerStep: '1' },
      verification: { kind: 'SAMPLE_ESTIMATE', estimate: 'EXIT_ACCURACY', tolerance: '2' },
      scoringNote: '每低0.1个百分点扣1分',
    });
    expect(result).toEqual({ ok: true, data: { id: ids.a2, version: 2 } });
    const row = await db().indicator.findUniqueOrThrow({ where: { id: ids.a2 } });
    expect(row).toMatchObject({
      scoringRule: { kind: 'LINEAR_TO_TARGET', direction: 'AT_LEAST', target: 100, step: 0.1, deductionPerStep: 1 },
      verification: { kind: 'SAMPLE_ESTIMATE', estimate: 'EXIT_ACCURACY', tolerance: 2 },
      scoringNote: '每低0.1个百分点扣1分',
    });
    expect(await lastAuditOf(ids.a2)).toMatchObject({ data: { scoringRule: { kind: 'LINEAR_TO_TARGET', target: 100 } } });
    expect(await updateIndicatorAction({ ...fields('A-02'), id: ids.a2, version: 2, scoringRule: null, verification: '' })).toMatchObject({ ok: true });
    // SQL NULL, not a JSON null: "no rule yet".
    const cleared = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Indicator" WHERE id = ${ids.a2} AND "scoringRule" IS NULL AND verification IS NULL`;
    expect(Number(cleared[0]!.n)).toBe(1);
  });

  it('refuses an invalid rule with a message on the field, writing nothing', async () => {
    const { ids } = await campaignWithThree();
    signInAs(demo.users.admin);
    const result = await updateIndicatorAction({
      ...fields('A-02'),
      id: ids.a2,
      version: 1,
      scoringRule: { kind: 'LINEAR_TO_TARGET', direction: 'AT_LEAST', target: '100', step: '0', deductionPerStep: 'abc' },
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      fieldErrors: { 'scoringRule.step': [expect.any(String)], 'scoringRule.deductionPerStep': [expect.any(String)] },
    });
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['scoringRule.deductionPerStep', 'scoringRule.step']);
    const unknownKind = await updateIndicatorAction({ ...fields('A-02'), id: ids.a2, version: 1, scoringRule: { kind: 'BONUS' } });
    expect(unknownKind).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await db().indicator.findUniqueOrThrow({ where: { id: ids.a2 } })).toMatchObject({ version: 1, scoringRule: null });
  });

  it('reports a stale version as a conflict and keeps the first save', async () => {
    const { ids } = await campaignWithThree();
    signInAs(demo.users.admin);
    await updateIndicatorAction({ ...fields('A-02'), name: '甲', id: ids.a2, version: 1 });
    const stale = await updateIndicatorAction({ ...fields('A-02'), name: '乙', id: ids.a2, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await db().indicator.findUniqueOrThrow({ where: { id: ids.a2 } })).name).toBe('甲');
  });
});

describe('removing an indicator', () => {
  it('lets an admin remove one and closes the gap in the order', async () => {
    const { campaign, ids } = await campaignWithThree();
    signInAs(demo.users.admin);
    expect(await removeIndicatorAction({ id: ids.a1, version: 1 })).toEqual({ ok: true, data: { id: ids.a1 } });
    expect(await codesInOrder(campaign.id)).toEqual(['0:A-02', '1:A-03']);
    expect(await lastAuditOf(ids.a1)).toMatchObject({ action: 'indicator.remove', data: { code: 'A-01' } });
  });

  it('denies every other role, writing nothing', async () => {
    const { campaign, ids } = await campaignWithThree();
    await expectDeniedForNonAdmins(demo, () => removeIndicatorAction({ id: ids.a1, version: 1 }), () => framework(campaign.id));
  });

  it('refuses to remove an indicator with reported values, saying why', async () => {
    const demoIndicator = await db().indicator.findFirstOrThrow({ where: { campaignId: demo.scenario.campaign.id, code: 'PR-01' } });
    signInAs(demo.users.admin);
    const result = await removeIndicatorAction({ id: demoIndicator.id, version: demoIndicator.version });
    expect(result).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: expect.stringMatching(/^指标 PR-01 已有 \d+ 项填报数据，不能删除。$/) });
    expect(await db().indicator.count({ where: { id: demoIndicator.id } })).toBe(1);
  });

  it('reports a stale version as a conflict', async () => {
    const { ids } = await campaignWithThree();
    signInAs(demo.users.admin);
    await updateIndicatorAction({ ...fields('A-01'), id: ids.a1, version: 1 });
    expect(await removeIndicatorAction({ id: ids.a1, version: 1 })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await db().indicator.count({ where: { id: ids.a1 } })).toBe(1);
  });
});

describe('reordering', () => {
  it('moves an indicator up or down, keeping positions contiguous, with an audit event', async () => {
    const { campaign, ids } = await campaignWithThree();
    signInAs(demo.users.admin);
    expect(await moveIndicatorAction({ id: ids.a3, position: 2, direction: 'up' })).toEqual({ ok: true, data: { id: ids.a3, position: 1 } });
    expect(await codesInOrder(campaign.id)).toEqual(['0:A-01', '1:A-03', '2:A-02']);
    expect(await lastAuditOf(ids.a3)).toMatchObject({ action: 'indicator.move', data: { from: 2, to: 1 } });
    expect((await moveIndicatorAction({ id: ids.a1, position: 0, direction: 'down' })).ok).toBe(true);
    expect(await codesInOrder(campaign.id)).toEqual(['0:A-03', '1:A-01', '2:A-02']);
  });

  it('does not count a move as an edit: open edit forms keep their version', async () => {
    const { campaign, ids } = await campaignWithThree();
    signInAs(demo.users.admin);
    await moveIndicatorAction({ id: ids.a2, position: 1, direction: 'up' });
    expect((await framework(campaign.id)).map((r) => r.version)).toEqual([1, 1, 1]);
  });

  it('refuses to move past either end', async () => {
    const { campaign, ids } = await campaignWithThree();
    signInAs(demo.users.admin);
    expect(await moveIndicatorAction({ id: ids.a1, position: 0, direction: 'up' })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await moveIndicatorAction({ id: ids.a3, position: 2, direction: 'down' })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await codesInOrder(campaign.id)).toEqual(['0:A-01', '1:A-02', '2:A-03']);
  });

  it('reports a move from a stale order as a conflict', async () => {
    const { campaign, ids } = await campaignWithThree();
    signInAs(demo.users.admin);
    await moveIndicatorAction({ id: ids.a3, position: 2, direction: 'up' });
    expect(await moveIndicatorAction({ id: ids.a3, position: 2, direction: 'up' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await codesInOrder(campaign.id)).toEqual(['0:A-01', '1:A-03', '2:A-02']);
  });

  it('denies every other role, writing nothing', async () => {
    const { campaign, ids } = await campaignWithThree();
    await expectDeniedForNonAdmins(demo, () => moveIndicatorAction({ id: ids.a2, position: 1, direction: 'up' }), () => framework(campaign.id));
  });
});
