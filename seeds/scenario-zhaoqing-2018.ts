// The demo scenario: the 2018 provincial assessment of poverty-alleviation results,
// group 6 (led by a Shanwei vice-mayor) assessing Zhaoqing. Facts and figures from
// shared/scenario; the people's names are made up and the texts are our own.
import { localDateTime } from '@/lib/local-time';
import type { DbClient } from '@/seeds/factories/client';
import { createAssessment, createCampaign, createGroup, createIndicators, type IndicatorInput } from '@/seeds/factories/campaigns';
import { createAgenda, createAttendees, createMeeting } from '@/seeds/factories/meetings';
import { createSiteVisit, createWorkReport, setIndicatorValues } from '@/seeds/factories/reports';
import type { DemoUsers } from '@/seeds/demo-users';
import type { ReferenceRegions } from '@/seeds/reference-regions';

export const SCENARIO_CAMPAIGN = { name: '全省2018年度扶贫开发工作省级考核', year: 2018 } as const;

// Scoring rules and verification in the spirit of the Guangdong 2018 method: accuracy lost point by point, a
// poverty incidence above 1 % or recognition below 90 % scoring nothing, counts and spending as a share of the
// year's task. Weights sum to 100.
export const INDICATORS_2018: readonly IndicatorInput[] = [
  { code: 'PR-01', name: '脱贫人数', nameEn: 'People lifted out of poverty', unit: '人', valueType: 'COUNT', category: 'POVERTY_REDUCTION', weight: 15,
    verification: { kind: 'NOT_VERIFIABLE' }, verificationNote: '扶贫信息系统比对，抽样入户核实',
    scoringRule: { kind: 'RATIO_OF_TARGET', direction: 'AT_LEAST', target: 13500 }, scoringNote: '年度减贫任务13500人' },
  { code: 'PR-02', name: '脱贫率', nameEn: 'Exit rate', unit: '%', valueType: 'PERCENT', category: 'POVERTY_REDUCTION', weight: 15,
    verification: { kind: 'NOT_VERIFIABLE' }, verificationNote: '脱贫人数 ÷ 建档立卡贫困人口',
    scoringRule: { kind: 'LINEAR_TO_TARGET', direction: 'AT_LEAST', target: 85, step: 1, deductionPerStep: 1 } },
  { code: 'PR-03', name: '贫困发生率', nameEn: 'Poverty incidence', unit: '%', valueType: 'PERCENT', category: 'POVERTY_REDUCTION', weight: 15,
    verification: { kind: 'NOT_VERIFIABLE' }, verificationNote: '统计部门农村人口数据比对',
    scoringRule: { kind: 'ZERO_IF', comparison: 'GT', threshold: 1 } },
  { code: 'IA-01', name: '识别准确率', nameEn: 'Identification accuracy', unit: '%', valueType: 'PERCENT', category: 'IDENTIFICATION_ACCURACY', weight: 15,
    verification: { kind: 'SAMPLE_ESTIMATE', estimate: 'EXIT_ACCURACY', tolerance: 2 }, verificationNote: '抽样入户核查错评、漏评',
    scoringRule: { kind: 'LINEAR_TO_TARGET', direction: 'AT_LEAST', target: 100, step: 0.1, deductionPerStep: 1 } },
  { code: 'TA-01', name: '省定贫困村数', nameEn: 'Provincially designated poor villages', unit: '个', valueType: 'COUNT', category: 'TARGETED_ASSISTANCE', weight: 5,
    verification: { kind: 'NOT_VERIFIABLE' }, verificationNote: '省定贫困村名录比对',
    scoringRule: { kind: 'RATIO_OF_TARGET', direction: 'AT_LEAST', target: 111 } },
  { code: 'TA-02', name: '群众认可度', nameEn: 'Recognition by residents', unit: '%', valueType: 'PERCENT', category: 'TARGETED_ASSISTANCE', weight: 10,
    verification: { kind: 'SAMPLE_ESTIMATE', estimate: 'RECOGNITION_RATE', tolerance: 5 }, verificationNote: '第三方满意度调查',
    scoringRule: { kind: 'ZERO_IF', comparison: 'LT', threshold: 90 } },
  // A count of villages: the village checks verify the share of checked villages that meet the exit conditions,
  // which is set beside this figure in the results, not an estimate of the count itself.
  { code: 'TA-03', name: '贫困村出列数', nameEn: 'Poor villages lifted out', unit: '个', valueType: 'COUNT', category: 'TARGETED_ASSISTANCE', weight: 5,
    verification: { kind: 'NOT_VERIFIABLE' }, verificationNote: '实地核查贫困村“八有”，与出列名单比对',
    scoringRule: { kind: 'RATIO_OF_TARGET', direction: 'AT_LEAST', target: 35 }, scoringNote: '年度出列任务35个' },
  { code: 'FM-01', name: '扶贫资金投入', nameEn: 'Poverty-alleviation funds invested', unit: '亿元', valueType: 'MONEY', category: 'FUND_MANAGEMENT', weight: 10,
    // The city's whole budget (亿元) is not what the helper city reports giving (万元 per county): that comparison is
    // the paired-assistance cross-check of its own, so this figure is checked against vouchers, not by the app.
    verification: { kind: 'NOT_VERIFIABLE' }, verificationNote: '财政拨付凭证核对；对口帮扶资金见对口帮扶交叉核对',
    scoringRule: { kind: 'RATIO_OF_TARGET', direction: 'AT_LEAST', target: 4 } },
  { code: 'FM-02', name: '资金使用率', nameEn: 'Share of funds spent', unit: '%', valueType: 'PERCENT', category: 'FUND_MANAGEMENT', weight: 10,
    verification: { kind: 'NOT_VERIFIABLE' }, verificationNote: '资金支出台账抽查',
    scoringRule: { kind: 'LINEAR_TO_TARGET', direction: 'AT_LEAST', target: 90, step: 1, deductionPerStep: 0.5 } },
];


export async function seedScenario(db: DbClient, regions: ReferenceRegions, users: DemoUsers) {
  const campaign = await createCampaign(db, {
    ...SCENARIO_CAMPAIGN,
    status: 'ACTIVE',
    description: '省扶贫开发成效考核组分组赴各地级市开展交叉考核：听取工作汇报与对口帮扶汇报，实地核查县、镇、村、户。',
  });
  const ind = await createIndicators(db, campaign.id, INDICATORS_2018);
  const group = await createGroup(db, {
    campaignId: campaign.id,
    number: 6,
    name: '第六组',
    leaderId: users.leader.id,
    assessorIds: [users.assessor.id],
  });
  const assessment = await createAssessment(db, {
    campaignId: campaign.id,
    groupId: group.id,
    targetRegionId: regions.zhaoqing.id,
    status: 'FIELDWORK',
  });

  const workReport = await createWorkReport(db, {
    assessmentId: assessment.id,
    reportingRegionId: regions.zhaoqing.id,
    kind: 'WORK',
    title: '肇庆市2018年度脱贫攻坚工作汇报',
    status: 'ACCEPTED',
    revision: 1,
    deadline: localDateTime('2019-02-15T18:00'),
    submittedAt: localDateTime('2019-02-14T10:00'),
    acceptedAt: localDateTime('2019-02-18T12:00'),
    narrative: {
      workDone: '压实各级脱贫攻坚责任；发展特色农业、手工业和乡村旅游等扶贫产业；推进111个省定贫困村新农村建设。',
      measures: '围绕“两不愁三保障”落实教育、医疗、住房保障政策；加强扶贫项目资金管理，整治扶贫领域作风问题。',
      problems: '部分贫困户稳定增收基础仍较薄弱，个别项目资金支出进度偏慢。',
      plan: '2019年力争全市建档立卡贫困人口全部达到脱贫标准。',
    },
  });
  await setIndicatorValues(db, workReport.id, 1, [
    { indicator: ind['FM-01']!, period: 'CUMULATIVE', value: '17.9' },
    { indicator: ind['FM-01']!, period: 'THIS_YEAR', value: '4.2' },
    { indicator: ind['PR-01']!, period: 'CUMULATIVE', value: '83000' },
    { indicator: ind['PR-01']!, period: 'THIS_YEAR', value: '14000' },
    { indicator: ind['PR-02']!, period: 'CUMULATIVE', value: '89.2' },
    { indicator: ind['PR-03']!, period: 'BASELINE', value: '3.08' },
    { indicator: ind['PR-03']!, period: 'CUMULATIVE', value: '0.32' },
    { indicator: ind['TA-01']!, period: 'CUMULATIVE', value: '111' },
    { indicator: ind['TA-03']!, period: 'THIS_YEAR', value: '37' },
    { indicator: ind['TA-03']!, period: 'CUMULATIVE', value: '56' },
    // Illustrative (the news report gives no such figures): the claims the field checks are set beside.
    { indicator: ind['IA-01']!, period: 'THIS_YEAR', value: '99.5' },
    { indicator: ind['TA-02']!, period: 'THIS_YEAR', value: '96.3' },
    { indicator: ind['FM-02']!, period: 'THIS_YEAR', value: '92.1' },
  ]);

  const pairingReport = await createWorkReport(db, {
    assessmentId: assessment.id,
    reportingRegionId: regions.zhongshan.id,
    kind: 'PAIRED_ASSISTANCE',
    title: '中山市对口帮扶肇庆市扶贫开发工作汇报',
    status: 'ACCEPTED',
    revision: 1,
    deadline: localDateTime('2019-02-15T18:00'),
    submittedAt: localDateTime('2019-02-14T16:00'),
    acceptedAt: localDateTime('2019-02-18T12:00'),
    narrative: {
      workDone: '自2016年起对口帮扶封开、德庆、怀集、广宁四县，派驻县组和驻村工作队开展帮扶。',
      coverage: '建档立卡贫困户基本医疗和子女教育保障全覆盖；脱贫人口全部实现“八有”；有劳动能力脱贫户人均可支配收入超过1.1万元。',
    },
    details: {
      sinceYear: 2016,
      helpedTownCount: 50,
      helpedVillageCount: 93,
      countyTeams: 3,
      villageTeams: 93,
      staffStationed: 247,
      incomePerCapitaAbove: 11000,
    },
  });
  await setIndicatorValues(db, pairingReport.id, 1, [
    { indicator: ind['FM-01']!, period: 'CUMULATIVE', value: '5.6' },
    { indicator: ind['PR-01']!, period: 'CUMULATIVE', value: '12629' },
    { indicator: ind['PR-02']!, period: 'CUMULATIVE', value: '86' },
  ]);

  const meeting = await createMeeting(db, {
    assessmentId: assessment.id,
    kind: 'BRIEFING',
    title: '省考核组第六组肇庆市考核汇报会',
    startsAt: localDateTime('2019-02-18T09:00'),
    place: '市委小礼堂',
    chairId: users.leader.id,
    minutesStatus: 'PUBLISHED',
    minutes: '考核组介绍了考核安排和纪律要求。肇庆市汇报了2018年脱贫攻坚工作及主要数据，中山市汇报了对口帮扶情况。会后考核组分组赴封开县、怀集县开展实地核查。',
  });
  await createAgenda(db, meeting.id, [
    { title: '考核组介绍考核意义、总体安排和工作要求', presenterId: users.leader.id, durationMinutes: 15 },
    { title: '肇庆市脱贫攻坚工作汇报', presenterName: '梁建国', presenterTitle: '市委书记、市人大常委会主任', presenterOrganisation: '中共肇庆市委', presentingRegionId: regions.zhaoqing.id, durationMinutes: 30, workReportId: workReport.id },
    { title: '中山市对口帮扶肇庆市工作汇报', presenterName: '欧阳明', presenterTitle: '市委副书记', presenterOrganisation: '中共中山市委', presentingRegionId: regions.zhongshan.id, durationMinutes: 20, workReportId: pairingReport.id },
  ]);
  await createAttendees(db, meeting.id, [
    { name: users.leader.displayName, userId: users.leader.id, title: '组长', organisation: '省考核组第六组', attended: true },
    { name: users.assessor.displayName, userId: users.assessor.id, title: '组员', organisation: '省考核组第六组', attended: true },
    { name: '梁建国', title: '市委书记、市人大常委会主任', organisation: '肇庆市', attended: true },
    { name: '邓文华', title: '市委副书记、市长', organisation: '肇庆市', attended: true },
    { name: '罗振宇', title: '市领导', organisation: '肇庆市', attended: true },
    { name: '苏立新', title: '市领导', organisation: '肇庆市', attended: true },
    { name: '欧阳明', title: '市委副书记', organisation: '中山市', attended: true },
  ]);

  for (const [county, memberId] of [['Fengkai', users.leader.id], ['Huaiji', users.assessor.id]] as const) {
    await createSiteVisit(db, {
      assessmentId: assessment.id,
      regionId: regions.counties[county]!.id,
      visitDate: new Date('2019-02-18'),
      status: 'DONE',
      memberIds: [memberId],
    });
  }
  return { campaign, group, assessment, meeting, workReport, pairingReport };
}
