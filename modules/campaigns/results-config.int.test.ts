import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { updateResultsConfigAction } from '@/modules/campaigns/actions';
import { expectDeniedForNonAdmins, lastAuditOf } from '@/modules/campaigns/test-support';
import { getCampaignResultsConfig } from '@/modules/campaigns/queries';
import { DEFAULT_RESULTS_CONFIG } from '@/modules/results/config';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createCampaign, createIndicators } from '@/seeds/factories/campaigns';
import { INDICATORS_2018 } from '@/seeds/scenario-zhaoqing-2018';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const db = () => getDb();
// As the form sends it: text, rates in percent.
const FORM = {
  wrongfulExitPercent: '3',
  missedEnrolmentPercent: '0.07',
  recognitionPercent: '92.5',
  exitIncomeThreshold: '7365',
  deductionGeneral: '0.5',
  deductionSerious: '1',
  deductionCritical: '3',
  deductionCap: '6',
  gradeExcellent: '92',
  gradeGood: '85',
  gradeFair: '75',
  appealDays: '7',
  povertyIncidenceCode: 'pr-03',
  villagesLiftedOutCode: '',
};

async function campaignWithFramework() {
  const campaign = await createCampaign(db(), { status: 'ACTIVE' });
  await createIndicators(db(), campaign.id, INDICATORS_2018);
  return campaign;
}

const stored = async (id: string) => (await db().campaign.findUniqueOrThrow({ where: { id }, select: { resultsConfig: true, version: true } }));

describe('campaign results parameters', () => {
  it('are the defaults until set; an admin saves them, percent becoming proportions, with an audit event', async () => {
    const campaign = await campaignWithFramework();
    signInAs(demo.users.admin);
    const result = await updateResultsConfigAction({ ...FORM, campaignId: campaign.id, version: campaign.version });
    expect(result).toEqual({ ok: true, data: { id: campaign.id, version: campaign.version + 1 } });
    const row = await stored(campaign.id);
    // Written out by hand from FORM, not through the code under test.
    expect(row.resultsConfig).toEqual({
      thresholds: {
        wrongfulExit: { comparison: 'BELOW', value: 0.03 },
        missedEnrolment: { comparison: 'BELOW', value: 0.0007 },
        recognition: { comparison: 'AT_LEAST', value: 0.925 },
      },
      exitIncomeThreshold: 7365,
      deductions: { GENERAL: 0.5, SERIOUS: 1, CRITICAL: 3, capPerIndicator: 6 },
      grades: { EXCELLENT: 92, GOOD: 85, FAIR: 75 },
      appealDays: 7,
      reportedFigures: { povertyIncidence: 'PR-03', villagesLiftedOut: null },
    });
    expect(await lastAuditOf(campaign.id)).toMatchObject({ action: 'campaign.resultsConfig', actorId: demo.users.admin.id });
  });

  it('refuse a stale version as a conflict, keeping the first save', async () => {
    const campaign = await campaignWithFramework();
    signInAs(demo.users.admin);
    expect(await updateResultsConfigAction({ ...FORM, appealDays: '9', campaignId: campaign.id, version: campaign.version })).toMatchObject({ ok: true });
    const stale = await updateResultsConfigAction({ ...FORM, appealDays: '3', campaignId: campaign.id, version: campaign.version });
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(((await stored(campaign.id)).resultsConfig as { appealDays: number }).appealDays).toBe(9);
  });

  it('name the field that is wrong: grade cut-offs out of order, a code not in the framework, a rate over 100 %', async () => {
    const campaign = await campaignWithFramework();
    signInAs(demo.users.admin);
    const grades = await updateResultsConfigAction({ ...FORM, gradeGood: '95', campaignId: campaign.id, version: campaign.version });
    expect(grades).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { gradeGood: [expect.any(String)] } });
    const code = await updateResultsConfigAction({ ...FORM, villagesLiftedOutCode: 'TA-99', campaignId: campaign.id, version: campaign.version });
    expect(code).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { villagesLiftedOutCode: ['本考核没有编码为 TA-99 的指标。'] } });
    const rate = await updateResultsConfigAction({ ...FORM, recognitionPercent: '101', campaignId: campaign.id, version: campaign.version });
    expect(rate).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { recognitionPercent: [expect.any(String)] } });
    expect(await stored(campaign.id)).toEqual({ resultsConfig: null, version: campaign.version });
  });

  it('are denied to every other role, writing nothing', async () => {
    const campaign = await campaignWithFramework();
    await expectDeniedForNonAdmins(demo, () => updateResultsConfigAction({ ...FORM, campaignId: campaign.id, version: campaign.version }), () => stored(campaign.id));
  });

  it('cannot change on a closed campaign', async () => {
    const campaign = await createCampaign(db(), { status: 'CLOSED' });
    signInAs(demo.users.admin);
    const result = await updateResultsConfigAction({ ...FORM, povertyIncidenceCode: '', campaignId: campaign.id, version: campaign.version });
    expect(result).toMatchObject({ ok: false });
    expect((await stored(campaign.id)).resultsConfig).toBeNull();
  });

  it('read back as the defaults when none are stored', async () => {
    const campaign = await campaignWithFramework();
    const read = await getCampaignResultsConfig(db(), await actorOf(demo.users.admin), campaign.id);
    expect(read).toEqual({ version: campaign.version, config: DEFAULT_RESULTS_CONFIG, stored: false });
  });
});
