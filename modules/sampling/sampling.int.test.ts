import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { drawSampleAction, updateSamplingRulesAction, verifySampleAction } from '@/modules/sampling/actions';
import { drawSample, SAMPLING_METHOD, SURVEY_MIX_METHOD, type SampleResult } from '@/modules/sampling/rules';
import { GD2018_RULES, GD2018_SURVEY_MIX_RULES } from '@/modules/sampling/schema';
import { loadSamplingFrame } from '@/modules/sampling/frame';
import { planSiteVisitAction } from '@/modules/site-visits/actions';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createAssessment, createCampaign, createGroup } from '@/seeds/factories/campaigns';
import { createUser } from '@/seeds/factories/users';
import { DEMO_SAMPLE_SEED, seedSiteVisitSamples } from '@/seeds/scenario-site-visits';

let demo: Demo;
let demoSamples: Awaited<ReturnType<typeof seedSiteVisitSamples>>;
beforeAll(async () => {
  demo = await loadDemo();
  demoSamples = await getDb().$transaction((tx) => seedSiteVisitSamples(tx, demo.regions, demo.users, demo.scenario.assessment.id), { timeout: 60_000 });
});

async function plannedFengkaiVisit(date: string) {
  signInAs(demo.users.leader);
  const result = await planSiteVisitAction({ assessmentId: demo.scenario.assessment.id, regionId: demo.regions.counties.Fengkai!.id, visitDate: date, memberIds: [demo.users.assessor.id] });
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
}

describe('drawing a sample', () => {
  it('records seed, method, rules and roster hash, and makes the sample the visit household list', async () => {
    const id = await plannedFengkaiVisit('2019-04-01');
    const result = await drawSampleAction({ siteVisitId: id, version: 1, seed: 'announced-seed' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sample = await getDb().sample.findUniqueOrThrow({ where: { id: result.data.id }, include: { rosterImport: true } });
    expect(sample).toMatchObject({ seed: 'announced-seed', method: SAMPLING_METHOD, rules: GD2018_RULES, rosterHash: sample.rosterImport.contentHash });
    const { frame } = await loadSamplingFrame(getDb(), sample.rosterImportId);
    expect(sample.result).toEqual(drawSample('announced-seed', GD2018_RULES, frame));
    const list = await getDb().siteVisitHousehold.findMany({ where: { siteVisitId: id }, orderBy: { position: 'asc' }, select: { sampleId: true, household: { select: { code: true } } } });
    expect(list.map((r) => r.household.code)).toEqual((sample.result as SampleResult).households);
    expect(list.every((r) => r.sampleId === sample.id)).toBe(true);
    expect(await getDb().auditEvent.count({ where: { entityId: sample.id, action: 'sample.draw', assessmentId: demo.scenario.assessment.id } })).toBe(1);
  });

  it('draws a crypto-random seed when none is given, and refuses assessors', async () => {
    const id = await plannedFengkaiVisit('2019-04-02');
    signInAs(demo.users.assessor);
    expect(await drawSampleAction({ siteVisitId: id, version: 1 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(demo.users.leader);
    const drawn = await drawSampleAction({ siteVisitId: id, version: 1 });
    expect(drawn).toMatchObject({ ok: true, data: { seed: expect.stringMatching(/^[0-9a-f]{32}$/) } });
  });
});

describe('verifying a sample', () => {
  it('matches for the demo sample, for the group and (the visit being done) the county official', async () => {
    for (const user of [demo.users.assessor, demo.users.fengkaiOfficial]) {
      signInAs(user);
      const result = await verifySampleAction({ sampleId: demoSamples.Fengkai!.sampleId });
      expect(result).toMatchObject({ ok: true, data: { matches: true, differences: [], rosterIsCurrent: true } });
    }
    const sample = await getDb().sample.findUniqueOrThrow({ where: { id: demoSamples.Fengkai!.sampleId } });
    expect(sample.seed).toBe(DEMO_SAMPLE_SEED);
    expect((sample.result as SampleResult).households.length).toBeGreaterThan(10);
  });

  it('says where a sample differs: a removed household, a changed roster', async () => {
    const id = await plannedFengkaiVisit('2019-04-03');
    const drawn = await drawSampleAction({ siteVisitId: id, version: 1, seed: 'tamper' });
    if (!drawn.ok) throw new Error(drawn.message);
    const first = await getDb().siteVisitHousehold.findFirstOrThrow({ where: { siteVisitId: id }, orderBy: { position: 'asc' }, include: { household: true } });
    await getDb().siteVisitHousehold.delete({ where: { siteVisitId_householdId: { siteVisitId: id, householdId: first.householdId } } });
    let result = await verifySampleAction({ sampleId: drawn.data.id });
    expect(result).toMatchObject({ ok: true, data: { matches: false, sampleMatches: true, visitListDifferences: [{ level: 'HOUSEHOLD', code: first.household.code, kind: 'MISSING' }] } });

    await getDb().household.update({ where: { id: first.householdId }, data: { status: 'REGISTERED_POOR' } });
    result = await verifySampleAction({ sampleId: drawn.data.id });
    expect(result).toMatchObject({ ok: true, data: { matches: false, rosterHashMatches: false, sampleMatches: false } });
    if (result.ok) expect(result.data.differences).toContainEqual({ level: 'HOUSEHOLD', code: first.household.code, kind: 'MISSING' });
    await getDb().household.update({ where: { id: first.householdId }, data: { status: first.household.status } });
  });

  it('hides a sample from officials of another county and from the region before the visit is done', async () => {
    const id = await plannedFengkaiVisit('2019-04-04');
    const drawn = await drawSampleAction({ siteVisitId: id, version: 1, seed: 'hidden' });
    if (!drawn.ok) throw new Error(drawn.message);
    const huaiji = await createUser(getDb(), { roles: [{ role: 'OFFICIAL', regionId: demo.regions.counties.Huaiji!.id }] });
    for (const user of [huaiji, demo.users.fengkaiOfficial]) {
      signInAs(user);
      expect(await verifySampleAction({ sampleId: drawn.data.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
  });
});

describe('campaign sampling rules', () => {
  it('are set by admins only, and the next draw uses them', async () => {
    const campaign = await createCampaign(getDb(), {});
    const group = await createGroup(getDb(), { campaignId: campaign.id, leaderId: demo.users.leader.id });
    const assessment = await createAssessment(getDb(), { campaignId: campaign.id, groupId: group.id, targetRegionId: demo.regions.zhaoqing.id });
    const rules = { ...GD2018_RULES, townsPerCounty: 1, villagesPerTown: 1, householdsPerVillage: 3 };
    signInAs(demo.users.leader);
    expect(await updateSamplingRulesAction({ campaignId: campaign.id, version: campaign.version, ...rules })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(demo.users.admin);
    expect(await updateSamplingRulesAction({ campaignId: campaign.id, version: campaign.version, ...rules })).toMatchObject({ ok: true });

    signInAs(demo.users.leader);
    const planned = await planSiteVisitAction({ assessmentId: assessment.id, regionId: demo.regions.counties.Fengkai!.id, visitDate: '2019-04-05', memberIds: [demo.users.leader.id] });
    if (!planned.ok) throw new Error(planned.message);
    const drawn = await drawSampleAction({ siteVisitId: planned.data.id, version: 1, seed: 'small' });
    if (!drawn.ok) throw new Error(drawn.message);
    const sample = await getDb().sample.findUniqueOrThrow({ where: { id: drawn.data.id } });
    expect(sample.rules).toEqual(rules);
    expect((sample.result as SampleResult).villages).toHaveLength(1);
  });

  it('switch to the survey mix: the draw records method gd2018-survey-mix-v1, verifies, and bad shares are refused per field', async () => {
    const campaign = await createCampaign(getDb(), {});
    const group = await createGroup(getDb(), { campaignId: campaign.id, leaderId: demo.users.leader.id });
    const assessment = await createAssessment(getDb(), { campaignId: campaign.id, groupId: group.id, targetRegionId: demo.regions.zhaoqing.id });
    signInAs(demo.users.admin);
    const zero = { registeredAbleToWork: 0, nonRegistered: 0, registeredUnableToWork: 0 };
    expect(await updateSamplingRulesAction({ campaignId: campaign.id, version: campaign.version, ...GD2018_SURVEY_MIX_RULES, mix: zero })).toMatchObject({
      ok: false, code: 'INVALID_INPUT', fieldErrors: { 'mix.registeredAbleToWork': ['至少一类的比例须大于 0。'] },
    });
    expect(await updateSamplingRulesAction({ campaignId: campaign.id, version: campaign.version, ...GD2018_SURVEY_MIX_RULES })).toMatchObject({ ok: true });

    signInAs(demo.users.leader);
    const planned = await planSiteVisitAction({ assessmentId: assessment.id, regionId: demo.regions.counties.Fengkai!.id, visitDate: '2019-04-06', memberIds: [demo.users.leader.id] });
    if (!planned.ok) throw new Error(planned.message);
    const drawn = await drawSampleAction({ siteVisitId: planned.data.id, version: 1, seed: 'mix' });
    if (!drawn.ok) throw new Error(drawn.message);
    const sample = await getDb().sample.findUniqueOrThrow({ where: { id: drawn.data.id }, select: { method: true, rules: true, result: true, rosterImportId: true } });
    expect(sample).toMatchObject({ method: SURVEY_MIX_METHOD, rules: GD2018_SURVEY_MIX_RULES });
    const { frame } = await loadSamplingFrame(getDb(), sample.rosterImportId);
    expect(sample.result).toEqual(drawSample('mix', GD2018_SURVEY_MIX_RULES, frame));
    const statuses = await getDb().household.findMany({ where: { code: { in: (sample.result as SampleResult).households } }, select: { status: true } });
    expect(statuses.some((h) => h.status === 'NON_REGISTERED')).toBe(true);
    expect(await verifySampleAction({ sampleId: drawn.data.id })).toMatchObject({ ok: true, data: { matches: true, methodMatches: true } });
  });
});
