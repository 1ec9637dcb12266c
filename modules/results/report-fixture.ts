// A computed result of the Zhaoqing 2018 assessment, written out by hand, for the tests of the
// report (.docx, print model) and of anything else that lays out a results snapshot. Test support.
import { DEFAULT_RESULTS_CONFIG } from '@/modules/results/config';
import type { ProportionEstimate, RateResult } from '@/modules/results/snapshot';
import type { ComputedResults } from '@/modules/results/report-model';

function estimate(n: number, events: number, estimate: number, lower: number, upper: number): ProportionEstimate {
  return { n, events, clusters: 4, estimate, lower, upper, effectiveN: n / 1.5, designEffect: 1.5, designEffectClustering: 1.25, designEffectWeights: 1.2 };
}

const { thresholds } = DEFAULT_RESULTS_CONFIG;

function cityRates(): RateResult[] {
  return [
    { key: 'WRONGFUL_EXIT', threshold: thresholds.wrongfulExit, estimate: estimate(40, 1, 0.0253, 0.0061, 0.0638), verdict: 'INCONCLUSIVE' },
    { key: 'MISSED_ENROLMENT', threshold: thresholds.missedEnrolment, estimate: estimate(16, 0, 0, 0, 0.1794), verdict: 'INCONCLUSIVE' },
    { key: 'RECOGNITION', threshold: thresholds.recognition, estimate: estimate(80, 74, 0.9312, 0.9004, 0.9781), verdict: 'PASS' },
  ];
}

export function reportFixture(status: 'DRAFT' | 'SUBMITTED' | 'FINAL' = 'SUBMITTED'): ComputedResults {
  const computedAt = new Date('2019-02-25T02:30:00Z');
  return {
    assessment: {
      id: 'assessment-1',
      campaignId: 'campaign-1',
      campaignName: '2018年度广东省脱贫攻坚成效考核',
      campaignYear: 2018,
      groupNumber: 6,
      groupName: '第六考核组',
      leaderName: '李组长',
      targetRegionId: 'region-zhaoqing',
      targetRegionName: '肇庆市',
    },
    result: {
      id: 'result-1',
      status,
      version: 3,
      computedAt,
      submittedAt: status === 'DRAFT' ? null : new Date('2019-02-26T08:00:00Z'),
      appealDeadline: status === 'DRAFT' ? null : new Date('2019-03-03T15:59:59Z'),
      finalisedAt: status === 'FINAL' ? new Date('2019-03-10T03:00:00Z') : null,
      snapshot: {
        methodVersions: { outcomes: 'outcomes-1', estimates: 'estimates-1', scoring: 'scoring-1', villages: 'villages-1' },
        computedAt: computedAt.toISOString(),
        config: DEFAULT_RESULTS_CONFIG,
        rates: [
          { regionId: 'region-zhaoqing', regionName: '肇庆市', level: 'CITY', checkedHouseholds: 80, rates: cityRates(), reportedPovertyIncidence: '0.62' },
          {
            regionId: 'region-fengkai',
            regionName: '封开县',
            level: 'COUNTY',
            checkedHouseholds: 40,
            rates: [
              { key: 'WRONGFUL_EXIT', threshold: thresholds.wrongfulExit, estimate: estimate(20, 1, 0.0476, 0.0085, 0.2271), verdict: 'INCONCLUSIVE' },
              { key: 'MISSED_ENROLMENT', threshold: thresholds.missedEnrolment, estimate: null, verdict: 'NO_DATA' },
              { key: 'RECOGNITION', threshold: thresholds.recognition, estimate: estimate(40, 35, 0.8745, 0.7312, 0.9467), verdict: 'INCONCLUSIVE' },
            ],
            reportedPovertyIncidence: null,
          },
        ],
        villages: {
          checked: 2,
          meeting: 1,
          reportedVillagesLiftedOut: '12',
          villages: [
            { checkId: 'vc-1', villageId: 'v-1', villageName: '大洲村', countyName: '封开县', meetsExitConditions: true, failedItemCodes: [] },
            { checkId: 'vc-2', villageId: 'v-2', villageName: '冷坑村', countyName: '怀集县', meetsExitConditions: false, failedItemCodes: ['V-03', 'V-07'] },
          ],
        },
        reconciliation: [
          {
            indicatorId: 'i-ia01',
            code: 'IA-01',
            name: '退出准确率',
            unit: '%',
            verification: 'SAMPLE_ESTIMATE',
            reported: '99.5',
            verified: { value: 97.47, lower: 93.62, upper: 99.39 },
            difference: -2.03,
            tolerance: 1,
            flagged: true,
          },
        ],
        pairedCrossCheck: [
          {
            helpedRegionId: 'region-fengkai',
            helpedRegionName: '封开县',
            field: 'funds',
            unit: 'tenThousandYuan',
            helperReported: '1200.00',
            helpedReported: '1150.00',
            difference: '50.00',
            flagged: true,
          },
        ],
        scores: {
          methodVersion: 'scoring-1',
          indicators: [
            {
              indicatorId: 'i-pr01',
              code: 'PR-01',
              name: '贫困人口减少',
              section: 'POVERTY_REDUCTION',
              weight: 60,
              rule: { kind: 'RATIO_OF_TARGET', direction: 'AT_LEAST', target: 100 },
              reportedValue: 100,
              verifiedValue: 97.47,
              reportedScore: 60,
              verifiedScore: 58.482,
              deduction: 1.5,
              manualReason: null,
            },
            {
              indicatorId: 'i-ta01',
              code: 'TA-01',
              name: '帮扶工作满意度',
              section: 'TARGETED_ASSISTANCE',
              weight: 40,
              rule: { kind: 'MANUAL' },
              reportedValue: null,
              verifiedValue: null,
              reportedScore: 36,
              verifiedScore: 34.5,
              deduction: 0,
              manualReason: '走访群众评价较好',
            },
          ],
          sections: [
            { section: 'POVERTY_REDUCTION', weight: 60, reported: 60, verified: 56.982 },
            { section: 'TARGETED_ASSISTANCE', weight: 40, reported: 36, verified: 34.5 },
          ],
          totalReported: 96,
          totalVerified: 91.482,
          gradeReported: 'EXCELLENT',
          gradeVerified: 'EXCELLENT',
        },
        findings: {
          bySeverity: { GENERAL: 3, SERIOUS: 2, CRITICAL: 1 },
          byStatus: { DRAFT: 0, CONFIRMED: 1, ISSUED: 2, APPEALED: 0, PLAN_SUBMITTED: 1, PROOF_SUBMITTED: 1, CLOSED: 1, WITHDRAWN: 0 },
          rectification: { total: 4, verified: 1, overdue: 1 },
        },
        samples: [
          {
            sampleId: 's-1',
            countyName: '封开县',
            seed: '20190218-6-fengkai',
            method: 'STRATIFIED_TWO_STAGE',
            rules: { towns: 2, villagesPerTown: 2, householdsPerVillage: 10 },
            rosterHash: 'sha256:9f2c4e7a',
            createdAt: '2019-02-18T01:00:00.000Z',
          },
        ],
        auditHead: { id: 'audit-991', hash: 'b5e1c0ffee' },
      },
    },
  };
}
