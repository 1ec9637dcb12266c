// The findings of a generated province: first one per household check that missed the standard (tied
// to its check and visit), then the rest spread over the province's villages (so over assessments in
// proportion to their villages), at village, town, county or city level. Statuses, severities,
// categories and three years of creation dates in insertion order, as scripts/generate-findings.mjs
// makes them. Findings with a plan get a rectification whose status follows the finding's.
import { copyRows } from './copy-rows.mjs';

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const SPAN = 3 * 365 * DAY;
/** Rows per COPY: one statement each, so the tally triggers count a chunk at a time. */
const CHUNK = 100_000;
const STATUS = { DRAFT: 10, CONFIRMED: 5, ISSUED: 15, APPEALED: 2, PLAN_SUBMITTED: 30, PROOF_SUBMITTED: 10, CLOSED: 25, WITHDRAWN: 3 };
const SEVERITY = { GENERAL: 60, SERIOUS: 30, CRITICAL: 10 };
const LEVEL = { VILLAGE: 80, TOWN: 10, COUNTY: 7, CITY: 3 };
const ISSUED = new Set(['ISSUED', 'APPEALED', 'PLAN_SUBMITTED', 'PROOF_SUBMITTED', 'CLOSED', 'WITHDRAWN']);
/** A finding's rectification, by the finding's status; statuses not listed have none. */
const RECTIFICATION = { PLAN_SUBMITTED: { PLANNED: 5, IN_PROGRESS: 4, RETURNED: 1 }, PROOF_SUBMITTED: { PROOF_SUBMITTED: 1 }, CLOSED: { VERIFIED: 1 } };
const PROBLEMS = {
  POVERTY_REDUCTION: ['脱贫户收入核算不实', '脱贫退出程序不规范', '产业帮扶项目带贫效果不明显', '贫困户增收来源单一'],
  IDENTIFICATION_ACCURACY: ['建档立卡信息与实际不符', '疑似错评贫困户', '疑似漏评农户', '家庭人口信息未及时更新'],
  TARGETED_ASSISTANCE: ['帮扶措施与致贫原因不匹配', '驻村工作队在岗不足', '危房改造未按期完成', '教育资助未落实到户'],
  FUND_MANAGEMENT: ['扶贫资金支出进度滞后', '项目资金拨付手续不全', '扶贫资产管理台账缺失', '资金使用公示不到位'],
  CUSTOM: ['档案资料不完整', '群众反映问题未及时处理', '工作记录不规范'],
};
const CATEGORIES = Object.keys(PROBLEMS);
const CHECK_CATEGORY = { EXIT_STANDARD: 'TARGETED_ASSISTANCE', INCOME: 'POVERTY_REDUCTION', RECOGNITION: 'TARGETED_ASSISTANCE' };

export const FINDING_COLUMNS = ['id', 'assessmentId', 'regionId', 'indicatorId', 'category', 'severity', 'title', 'description', 'status', 'siteVisitId', 'checkId', 'createdById', 'issuedAt', 'appealDeadline', 'closedAt', 'dueDate', 'createdAt', 'updatedAt'];
export const RECTIFICATION_COLUMNS = ['id', 'findingId', 'leadUnit', 'measures', 'personInCharge', 'deadline', 'status', 'progressNote', 'proofNote', 'verifiedAt', 'createdAt', 'updatedAt'];

const ts = (ms) => (ms === null ? null : new Date(ms).toISOString());
const ancestor = (region, level) => (region.level === level ? region : ancestor(region.parent, level));

/** Writes `count` findings and their rectifications; `missed` are the checks that missed the standard. */
export async function writeFindings(client, rand, { count, villages, assessmentOf, indicators, missed, log }) {
  const status = rand.weighted(STATUS);
  const severity = rand.weighted(SEVERITY);
  const level = rand.weighted(LEVEL);
  const rectification = Object.fromEntries(Object.entries(RECTIFICATION).map(([s, table]) => [s, rand.weighted(table)]));
  const fromChecks = Math.min(count, missed.length);

  function make(i, findings, plans) {
    const id = `gpf${String(i).padStart(9, '0')}`;
    const s = status();
    let row;
    if (i < fromChecks) {
      const m = missed[i];
      const item = m.items[0];
      const category = CHECK_CATEGORY[item.outcomeRole] ?? 'IDENTIFICATION_ACCURACY';
      row = { at: m.at, assessment: m.assessment, region: m.village, indicator: null, category, creator: m.assessorId, visitId: m.visitId, checkId: m.checkId,
        problem: `入户核查“${item.prompt.split('：')[0]}”未达标` };
    } else {
      const village = rand.pick(villages);
      const region = ancestor(village, level());
      const assessment = assessmentOf(ancestor(village, 'CITY'));
      const indicator = rand.random() < 0.4 ? rand.pick(indicators) : null;
      const category = indicator?.category ?? rand.pick(CATEGORIES);
      // Rows go in roughly in the order they were found, as they would in real use.
      row = { at: START + Math.floor(((i - fromChecks + rand.random()) * SPAN) / (count - fromChecks)), assessment, region, indicator, category,
        creator: rand.pick(assessment.members), visitId: null, checkId: null, problem: rand.pick(PROBLEMS[category]) };
    }
    const issuedAt = ISSUED.has(s) ? row.at + rand.int(14 * DAY) : null;
    const plan = rectification[s]?.() ?? null;
    const deadline = plan ? new Date(issuedAt + (30 + rand.int(720)) * DAY).toISOString().slice(0, 10) : null;
    const closedAt = s === 'CLOSED' ? issuedAt + 90 * DAY : null;
    findings.push([
      id, row.assessment.id, row.region.id, row.indicator?.id ?? null, row.category, severity(), `${row.region.name}${row.problem}`,
      `经核查，${row.region.name}存在“${row.problem}”的问题，请责任单位限期整改。`, s, row.visitId, row.checkId, row.creator,
      ts(issuedAt), ts(issuedAt && issuedAt + 7 * DAY), ts(closedAt), deadline, ts(row.at), ts(row.at),
    ]);
    if (plan) {
      const planned = issuedAt + (1 + rand.int(10)) * DAY;
      const unit = row.region.level === 'CITY' ? row.region : ancestor(row.region, 'COUNTY');
      plans.push([
        `gpr${String(i).padStart(9, '0')}`, id, `${unit.name}扶贫办`, '制定整改方案，逐项落实整改措施，举一反三完善制度。', rand.personName(), deadline, plan,
        plan === 'IN_PROGRESS' ? '整改正在推进，已完成部分措施。' : null, plan === 'PROOF_SUBMITTED' || plan === 'VERIFIED' ? '已提交整改佐证材料。' : null,
        ts(closedAt), ts(planned), ts(closedAt ?? planned),
      ]);
    }
  }

  const started = Date.now();
  let rectifications = 0;
  for (let from = 0; from < count; from += CHUNK) {
    const findings = [];
    const plans = [];
    for (let i = from; i < Math.min(count, from + CHUNK); i += 1) make(i, findings, plans);
    await copyRows(client, 'Finding', FINDING_COLUMNS, findings);
    await copyRows(client, 'Rectification', RECTIFICATION_COLUMNS, plans);
    rectifications += plans.length;
    log(`  ${(from + findings.length).toLocaleString('en')} findings (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  return { findings: count, fromChecks, rectifications };
}
