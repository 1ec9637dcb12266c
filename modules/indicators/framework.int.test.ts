// Copying a framework (indicators and validation rules), and the read-only rule of closed campaigns for every indicator write.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import {
  copyFrameworkAction,
  createIndicatorAction,
  moveIndicatorAction,
  removeIndicatorAction,
  updateIndicatorAction,
} from '@/modules/indicators/actions';
import { expectDeniedForNonAdmins, lastAuditOf } from '@/modules/campaigns/test-support';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createCampaign, createIndicators } from '@/seeds/factories/campaigns';
import { VALIDATION_RULES_2018 } from '@/seeds/scenario-validation-rules';
import { INDICATORS_2018 } from '@/seeds/scenario-zhaoqing-2018';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const db = () => getDb();
const framework = (campaignId: string) =>
  db().indicator.findMany({ where: { campaignId }, orderBy: { position: 'asc' }, select: { code: true, position: true, name: true, weight: true, version: true, scoringRule: true, verification: true, verificationNote: true, scoringNote: true } });
const rules = async (campaignId: string) =>
  (await db().validationRule.findMany({ where: { campaignId }, orderBy: { position: 'asc' }, select: { code: true, description: true, left: true, operator: true, right: true, tolerance: true, position: true } }))
    .map((r) => ({ ...r, tolerance: r.tolerance.toString() }));
const CLOSED_MESSAGE = '该考核已结束，不能再修改。';

describe('copying a framework', () => {
  it('copies every indicator of the 2018 campaign, in order, with audit events', async () => {
    const target = await createCampaign(db(), { status: 'DRAFT', year: 2019 });
    signInAs(demo.users.admin);
    const result = await copyFrameworkAction({ campaignId: target.id, sourceCampaignId: demo.scenario.campaign.id });
    // Other test files may add rules to the demo campaign: the source is read as it stands now.
    const sourceRules = await rules(demo.scenario.campaign.id);
    expect(sourceRules.map((r) => r.code)).toEqual(expect.arrayContaining(VALIDATION_RULES_2018.map((r) => r.code)));
    expect(result).toEqual({ ok: true, data: { copied: INDICATORS_2018.length, rules: sourceRules.length } });
    const copied = await framework(target.id);
    expect(copied.map((r) => `${r.position}:${r.code}`)).toEqual(INDICATORS_2018.map((i, n) => `${n}:${i.code}`));
    expect(copied.map((r) => r.weight.toNumber())).toEqual(INDICATORS_2018.map((i) => i.weight));
    // The typed rule and verification, and the notes, come along.
    expect(copied.map((r) => [r.code, r.scoringRule, r.verification, r.verificationNote, r.scoringNote])).toEqual(
      INDICATORS_2018.map((i) => [i.code, i.scoringRule ?? null, i.verification ?? null, i.verificationNote ?? null, i.scoringNote ?? null]),
    );
    expect(await lastAuditOf(target.id)).toMatchObject({ action: 'campaign.framework.copy', entityType: 'Campaign', data: { sourceCampaignId: demo.scenario.campaign.id } });
    expect(await db().auditEvent.count({ where: { entityType: 'Indicator', action: 'indicator.create', data: { path: ['campaignId'], equals: target.id } } })).toBe(INDICATORS_2018.length);
    // The validation rules come along, in their order, each with an audit event.
    expect(await rules(target.id)).toEqual(sourceRules.map((r, position) => ({ ...r, position })));
    expect(await db().auditEvent.count({ where: { action: 'validationRule.create', data: { path: ['campaignId'], equals: target.id } } })).toBe(sourceRules.length);
    // The source is untouched.
    expect(await db().indicator.count({ where: { campaignId: demo.scenario.campaign.id } })).toBe(INDICATORS_2018.length);
  });

  it('appends after the target’s own indicators', async () => {
    const target = await createCampaign(db(), { status: 'DRAFT' });
    await createIndicators(db(), target.id, [{ code: 'X-01', name: '自定义', unit: '个', valueType: 'COUNT', category: 'CUSTOM', weight: 0 }]);
    signInAs(demo.users.admin);
    expect((await copyFrameworkAction({ campaignId: target.id, sourceCampaignId: demo.scenario.campaign.id })).ok).toBe(true);
    const rows = await framework(target.id);
    expect(rows.map((r) => r.position)).toEqual([...rows.keys()]);
    expect(rows[0]!.code).toBe('X-01');
  });

  it('refuses the whole copy when codes clash, naming the clashing codes', async () => {
    const target = await createCampaign(db(), { status: 'DRAFT' });
    await createIndicators(db(), target.id, [INDICATORS_2018[2]!, INDICATORS_2018[0]!, { ...INDICATORS_2018[0]!, code: 'OWN-1' }]);
    signInAs(demo.users.admin);
    const result = await copyFrameworkAction({ campaignId: target.id, sourceCampaignId: demo.scenario.campaign.id });
    expect(result).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: expect.stringContaining('PR-01, PR-03') });
    expect(await framework(target.id)).toHaveLength(3);
  });

  it('refuses the whole copy when a validation rule code clashes, naming it', async () => {
    const target = await createCampaign(db(), { status: 'DRAFT' });
    await db().validationRule.create({ data: { campaignId: target.id, code: 'R-02', description: '自有规则', left: '1', operator: 'LTE', right: '2', position: 0 } });
    signInAs(demo.users.admin);
    const result = await copyFrameworkAction({ campaignId: target.id, sourceCampaignId: demo.scenario.campaign.id });
    expect(result).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: expect.stringContaining('R-02') });
    expect(await framework(target.id)).toHaveLength(0);
    expect((await rules(target.id)).map((r) => r.code)).toEqual(['R-02']);
  });

  it('refuses to copy from a campaign without indicators, or into itself', async () => {
    const empty = await createCampaign(db(), { status: 'DRAFT' });
    const target = await createCampaign(db(), { status: 'DRAFT' });
    signInAs(demo.users.admin);
    expect(await copyFrameworkAction({ campaignId: target.id, sourceCampaignId: empty.id })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await copyFrameworkAction({ campaignId: target.id, sourceCampaignId: 'missing' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await copyFrameworkAction({ campaignId: demo.scenario.campaign.id, sourceCampaignId: demo.scenario.campaign.id })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await framework(target.id)).toHaveLength(0);
  });

  it('denies every other role, writing nothing', async () => {
    const target = await createCampaign(db(), { status: 'DRAFT' });
    await expectDeniedForNonAdmins(demo, () => copyFrameworkAction({ campaignId: target.id, sourceCampaignId: demo.scenario.campaign.id }), () => framework(target.id));
  });
});

describe('a closed campaign', () => {
  it('refuses every indicator write, with a clear message, and changes nothing', async () => {
    const closed = await createCampaign(db(), { status: 'CLOSED' });
    const ids = await createIndicators(db(), closed.id, INDICATORS_2018.slice(0, 2));
    const [first, second] = [ids['PR-01']!.id, ids['PR-02']!.id];
    const before = await framework(closed.id);
    signInAs(demo.users.admin);
    const attempts = [
      () => createIndicatorAction({ code: 'NEW-1', name: '新指标', unit: '个', category: 'CUSTOM', valueType: 'COUNT', weight: 5, campaignId: closed.id }),
      () => updateIndicatorAction({ ...INDICATORS_2018[0]!, name: '改名', id: first, version: 1 }),
      () => removeIndicatorAction({ id: second, version: 1 }),
      () => moveIndicatorAction({ id: second, position: 1, direction: 'up' }),
      () => copyFrameworkAction({ campaignId: closed.id, sourceCampaignId: demo.scenario.campaign.id }),
    ];
    for (const attempt of attempts) {
      expect(await attempt()).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: CLOSED_MESSAGE });
    }
    expect(await framework(closed.id)).toEqual(before);
  });
});
