// Findings of the demo scenario: what the sub-teams found on 18 February 2019 in Fengkai and
// Huaiji, in several states (drafts, confirmed, issued, under rectification with a plan, proof
// waiting for verification, an appeal waiting for the leader, closed), each with the history its
// steps would have left in the audit trail. The facts are illustrative; the texts are our own.
// Safe to run again (find-or-create by title).
import type { FindingSeverity, FindingStatus, IndicatorCategory } from '@/lib/generated/prisma/enums';
import { localDateTime } from '@/lib/local-time';
import type { DbClient } from '@/seeds/factories/client';
import { createFinding, createRectification, type RectificationInput } from '@/seeds/factories/findings';
import { seedFindingHistory } from '@/seeds/scenario-finding-history';
import type { DemoUsers } from '@/seeds/demo-users';
import type { ReferenceRegions } from '@/seeds/reference-regions';

type Plan = Omit<RectificationInput, 'findingId'> & { progress?: string };

type ScenarioFinding = {
  county: 'Fengkai' | 'Huaiji';
  /** A village name, or null for the county itself. */
  village: string | null;
  title: string;
  description: string;
  category: IndicatorCategory;
  indicator?: string;
  severity: FindingSeverity;
  status: FindingStatus;
  plan?: Plan;
  /** An appealed finding: the region's reason, not yet decided. */
  appealReason?: string;
  closingNote?: string;
};

const FINDINGS: readonly ScenarioFinding[] = [
  { county: 'Fengkai', village: '上坪村', status: 'DRAFT', severity: 'SERIOUS', category: 'TARGETED_ASSISTANCE', title: '上坪村一户脱贫户危房改造尚未竣工', description: '入户核查发现，该户危房改造主体已完工，但屋面和门窗未完成，家中老人仍住在旧房。' },
  { county: 'Fengkai', village: '新联村', status: 'CONFIRMED', severity: 'GENERAL', category: 'IDENTIFICATION_ACCURACY', indicator: 'IA-01', title: '新联村部分脱贫户收入核算不完整', description: '抽查的12户中有2户未计入务工收入的扣减项目，人均可支配收入存在高估。' },
  { county: 'Fengkai', village: null, status: 'ISSUED', severity: 'SERIOUS', category: 'FUND_MANAGEMENT', indicator: 'FM-02', title: '封开县2018年度扶贫资金支出进度滞后', description: '截至2018年底，县级统筹整合的扶贫资金尚有部分未拨付到项目，支出进度低于全市平均水平。' },
  {
    county: 'Fengkai', village: '石岗村', status: 'PLAN_SUBMITTED', severity: 'GENERAL', category: 'TARGETED_ASSISTANCE', title: '石岗村饮水工程缺少水质检测记录', description: '村集中供水工程已通水，但未能提供2018年下半年的水质检测报告。',
    plan: { leadUnit: '封开县水务局', responsibleUnits: '杏花镇人民政府', measures: '委托有资质的机构开展水质检测，建立每季度检测和公示制度。', personInCharge: '李志强', deadline: '2019-04-30', progress: '已委托县疾控中心取样检测，等待检测报告。' },
  },
  {
    county: 'Fengkai', village: '大田村', status: 'CLOSED', severity: 'GENERAL', category: 'IDENTIFICATION_ACCURACY', title: '大田村贫困户纸质档案与系统信息不一致', description: '3户家庭人口数纸质档案与扶贫信息系统记录不一致。',
    plan: { leadUnit: '杏花镇人民政府', measures: '逐户核对家庭成员信息，更正系统数据并补齐纸质档案。', personInCharge: '陈国华', deadline: '2019-03-31', proofNote: '已完成3户信息更正，附更正前后的系统截图和户主签字确认表。' },
    closingNote: '抽查3户系统信息与户籍一致，予以销号。',
  },
  { county: 'Huaiji', village: '新岗村', status: 'DRAFT', severity: 'CRITICAL', category: 'TARGETED_ASSISTANCE', title: '新岗村一名义务教育阶段学生辍学', description: '入户核查发现，该户一名14岁学生自2018年秋季学期起未到校，控辍保学措施未落实。' },
  { county: 'Huaiji', village: '白石村', status: 'ISSUED', severity: 'SERIOUS', category: 'FUND_MANAGEMENT', title: '白石村产业帮扶项目收益未分配到户', description: '村光伏发电项目2018年收益已到账，但尚未按方案分配给贫困户。' },
  {
    county: 'Huaiji', village: '竹园村', status: 'PLAN_SUBMITTED', severity: 'GENERAL', category: 'TARGETED_ASSISTANCE', title: '竹园村两户医疗费用报销未落实', description: '两户贫困户2018年住院费用未按规定享受医疗救助“一站式”结算。',
    plan: { leadUnit: '怀集县医疗保障局', responsibleUnits: '冷坑镇人民政府、县人民医院', measures: '为两户补办医疗救助手续，核对全县同类情况。', personInCharge: '黄丽', deadline: '2019-05-31' },
  },
  {
    county: 'Huaiji', village: '水口村', status: 'CLOSED', severity: 'GENERAL', category: 'POVERTY_REDUCTION', indicator: 'PR-01', title: '水口村脱贫人数统计口径有误', description: '村级台账将2019年计划脱贫户计入2018年脱贫人数。',
    plan: { leadUnit: '怀集县扶贫开发局', measures: '按统一口径重新统计脱贫人数并更新台账。', personInCharge: '梁秀英', deadline: '2019-03-15', proofNote: '已更正台账，脱贫人数按实际脱贫户统计，附更正后的台账。' },
    closingNote: '核对更正后的台账，口径符合要求。',
  },
  // Added later, so that the demo shows work waiting: proof for the assessor to verify (past its
  // deadline) and an appeal for the leader to decide.
  {
    county: 'Huaiji', village: '田心村', status: 'PROOF_SUBMITTED', severity: 'GENERAL', category: 'TARGETED_ASSISTANCE', title: '田心村危房改造补助资金未及时拨付到户', description: '两户危房改造已竣工验收，但县级补助资金在验收后两个月仍未拨付。',
    plan: { leadUnit: '怀集县住房和城乡建设局', responsibleUnits: '冷坑镇人民政府', measures: '当月完成补助资金拨付，建立竣工验收后限时拨付制度。', personInCharge: '周伟', deadline: '2019-04-15', proofNote: '补助资金已于2019年4月拨付到户，附银行拨付凭证和户主签收单。' },
  },
  {
    county: 'Fengkai', village: '河口村', status: 'APPEALED', severity: 'SERIOUS', category: 'IDENTIFICATION_ACCURACY', title: '河口村一户脱贫户家庭人口与户籍信息不符', description: '系统登记家庭人口5人，户籍登记3人，人均收入核算依据不清。',
    appealReason: '该户已于2018年12月分户，另2人单独立户并纳入帮扶，系统信息滞后于户籍变更，附分户证明。',
  },
];

const ISSUED_AT = localDateTime('2019-02-25T10:00');

export async function seedScenarioFindings(db: DbClient, regions: ReferenceRegions, users: DemoUsers, scenario: { assessment: { id: string }; campaign: { id: string } }) {
  const indicators = await db.indicator.findMany({ where: { campaignId: scenario.campaign.id }, select: { id: true, code: true } });
  const visits = await db.siteVisit.findMany({ where: { assessmentId: scenario.assessment.id }, select: { id: true, regionId: true } });
  const created = [];
  for (const [i, f] of FINDINGS.entries()) {
    const county = regions.counties[f.county]!;
    const region = f.village ? regions.villages.find((v) => v.name === f.village && v.path.startsWith(county.path))! : county;
    const issued = !['DRAFT', 'CONFIRMED'].includes(f.status);
    const finding = await createFinding(db, {
      assessmentId: scenario.assessment.id,
      regionId: region.id,
      createdById: f.county === 'Fengkai' ? users.leader.id : users.assessor.id,
      title: f.title,
      description: f.description,
      category: f.category,
      indicatorId: f.indicator ? indicators.find((x) => x.code === f.indicator)?.id ?? null : null,
      severity: f.severity,
      status: f.status,
      siteVisitId: visits.find((v) => v.regionId === county.id)?.id ?? null,
      createdAt: new Date(localDateTime('2019-02-18T15:00').getTime() + i * 60_000),
      issuedAt: issued ? ISSUED_AT : null,
      appealDeadline: issued ? localDateTime('2019-03-04T10:00') : null,
      closedAt: f.status === 'CLOSED' ? localDateTime('2019-04-20T16:00') : null,
      closingNote: f.closingNote ?? null,
    });
    const official = f.county === 'Fengkai' ? users.fengkaiOfficial : users.huaijiOfficial;
    if (f.plan) {
      const { progress, ...plan } = f.plan;
      const rectification = await createRectification(db, { ...plan, findingId: finding.id });
      if (progress && (await db.rectificationUpdate.count({ where: { rectificationId: rectification.id } })) === 0) {
        await db.rectificationUpdate.create({ data: { rectificationId: rectification.id, note: progress, authorId: official.id, createdAt: localDateTime('2019-03-20T09:00') } });
      }
    }
    if (f.appealReason && (await db.findingAppeal.count({ where: { findingId: finding.id } })) === 0) {
      await db.findingAppeal.create({ data: { findingId: finding.id, reason: f.appealReason, submittedById: official.id, submittedAt: localDateTime('2019-02-28T10:00') } });
    }
    const stored = await db.finding.findUniqueOrThrow({
      where: { id: finding.id },
      select: { id: true, assessmentId: true, status: true, createdById: true, createdAt: true, regionId: true, category: true, indicatorId: true, siteVisitId: true, title: true, description: true, severity: true, issuedAt: true, appealDeadline: true, closedAt: true },
    });
    const { regionId, category, indicatorId, siteVisitId, title, description, severity, ...row } = stored;
    await seedFindingHistory(
      db,
      { ...row, fields: { regionId, category, indicatorId, checkId: null, siteVisitId, title, description, severity }, plan: f.plan, appealReason: f.appealReason, closingNote: f.closingNote },
      { leaderId: users.leader.id, assessorId: users.assessor.id, officialId: official.id },
    );
    created.push(finding);
  }
  return created;
}
