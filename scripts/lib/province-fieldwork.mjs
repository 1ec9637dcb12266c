// The field side of a generated province: a roster per county (households spread over its villages in
// proportion), a site visit per county of each assessment with a sample drawn by the campaign's
// sampling rules, and household and village checks with answers for most sampled households, flagged
// and judged by the app's own rules. Checks whose answers miss the standard are returned: each becomes
// a finding.
import { copyRows } from './copy-rows.mjs';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Share of a visit's sampled households checked, by the visit's status (some are away or refuse). */
const CHECKED_SHARE = { DONE: 0.92, IN_PROGRESS: 0.5, PLANNED: 0 };
/** How often an answer misses the standard, by what the item counts toward. */
const MISS_RATE = { EXIT_STANDARD: 0.03, RECOGNITION: 0.05, null: 0.04 };
const SHORT_CHECK_RATE = 0.03;

const villagesOf = (county) => county.children.flatMap((town) => town.children);

/** Households per county, in proportion to its villages; rows as generateRoster makes them, with a head's name. */
export function planRosters(rand, app, { counties, households, seed }) {
  const villageTotal = counties.reduce((n, c) => n + villagesOf(c).length, 0);
  return counties.map((county) => {
    const villages = villagesOf(county);
    const count = Math.max(1, Math.round((households * villages.length) / villageTotal));
    const rows = app.generateRoster({ villageCodes: villages.map((v) => v.code), count, seed: `${seed}-${county.code}`, codePrefix: county.code, plannedExitPercent: 40, nonRegisteredPercent: 10 });
    return { county, rows, hash: app.rosterHash(rows), heads: rows.map(() => rand.personName()) };
  });
}

export async function writeRosters(client, rosters, { officialOf, importedAt, at }) {
  await copyRows(client, 'RosterImport', ['id', 'regionId', 'contentHash', 'rowCount', 'fileName', 'importedById', 'createdAt', 'publishedAt'],
    rosters.map(({ county, rows, hash }) => [`gri-${county.code}`, county.id, hash, rows.length, `roster-${county.code}.csv`, officialOf(county), importedAt, importedAt]));
  const villageId = new Map(rosters.flatMap(({ county }) => villagesOf(county).map((v) => [v.code, v.id])));
  await copyRows(client, 'Household', ['id', 'code', 'rosterImportId', 'regionId', 'headName', 'size', 'status', 'hasDisabledMember', 'ableToWork', 'incomePerCapita', 'createdAt', 'updatedAt'],
    (function* () {
      for (const { county, rows, heads } of rosters) {
        for (const [i, h] of rows.entries()) yield [`gh-${h.code}`, h.code, `gri-${county.code}`, villageId.get(h.villageCode), heads[i], h.size, h.status, h.hasDisabledMember, h.ableToWork, h.incomePerCapita, at, at];
      }
    })());
}

/** Share of households leaving poverty whose income is found above the threshold (the roster's incomes are spread wider). */
const EXIT_INCOME_SHARE = 0.96;

function answersFor(rand, app, items, household, threshold) {
  const answers = {};
  for (const item of items) {
    if (item.answerType === 'NUMBER') {
      const recorded = household.incomePerCapita === null ? 5000 + rand.int(10_000) : Number(household.incomePerCapita);
      const exiting = household.status && app.isExitStatus(household.status) && rand.random() < EXIT_INCOME_SHARE;
      const income = exiting ? Math.max(recorded, threshold * (1.05 + rand.random() * 0.6)) : recorded * (0.9 + rand.random() * 0.2);
      answers[item.id] = { valueBool: null, valueNumber: income.toFixed(2), valueText: null, note: null };
    } else {
      const miss = rand.random() < MISS_RATE[item.outcomeRole ?? 'null'];
      answers[item.id] = { valueBool: miss ? item.expected === 'NO' : item.expected !== 'NO', valueNumber: null, valueText: null, note: miss ? '现场核实未达标' : null };
    }
  }
  return answers;
}

/**
 * Site visits, samples, listed households, checks and answers for every county of every assessment
 * that has no visit there yet. Returns the household checks that missed the standard.
 */
export async function writeFieldwork(client, rand, app, { assessments, rosters, templates, rules, exitIncomeThreshold, existingVisits, seed, firstVisitDay }) {
  const visits = [], members = [], samples = [], listed = [], checks = [], answers = [], missed = [];
  const visitStatus = rand.weighted({ DONE: 17, IN_PROGRESS: 2, PLANNED: 1 });
  const rosterOf = new Map(rosters.map((r) => [r.county.code, r]));
  const addCheck = (check, items, given, outcome) => {
    const flags = app.checkFlags({ durationSeconds: check.duration, minimumSeconds: check.template.minimumSeconds }, items, given);
    const finishedAt = new Date(check.finishedAt).toISOString();
    checks.push([check.id, check.visitId, check.template.id, check.householdId, check.village.id, check.assessorId, new Date(check.finishedAt - check.duration * 1000).toISOString(), finishedAt,
      check.village.lat + (rand.random() - 0.5) * 0.006, check.village.lon + (rand.random() - 0.5) * 0.006, check.duration, 5 + rand.int(30), flags, outcome, finishedAt, finishedAt]);
    for (const item of items) {
      const a = given[item.id];
      answers.push([`${check.id}-${item.code}`, check.id, item.id, a.valueBool, a.valueNumber, a.valueText, a.note]);
    }
    return flags;
  };
  for (const assessment of assessments) {
    for (const county of assessment.city.children) {
      if (existingVisits.has(`${assessment.id} ${county.code}`)) continue;
      const roster = rosterOf.get(county.code);
      const visitId = `gv-${county.code}`;
      const status = visitStatus();
      const visitDay = firstVisitDay + rand.int(21) * DAY;
      const team = [assessment.leaderId, rand.pick(assessment.members)].filter((id, i, all) => id && all.indexOf(id) === i);
      visits.push([visitId, assessment.id, county.id, new Date(visitDay).toISOString().slice(0, 10), status, new Date(visitDay - 3 * DAY).toISOString(), new Date(visitDay).toISOString()]);
      for (const userId of team) members.push([visitId, userId]);

      const villages = villagesOf(county);
      const frame = {
        villages: villages.map((v) => ({ code: v.code, townCode: v.parent.code, designated: v.designated })),
        households: roster.rows.map((h) => ({ code: h.code, villageCode: h.villageCode, status: h.status, hasDisabledMember: h.hasDisabledMember, ableToWork: h.ableToWork })),
      };
      const sampleSeed = `${seed}-${county.code}`;
      const result = app.drawSample(sampleSeed, rules, frame);
      const sampleId = `gsm-${county.code}`;
      samples.push([sampleId, visitId, sampleSeed, app.samplingMethodOf(rules), rules, `gri-${county.code}`, roster.hash, result, assessment.leaderId, new Date(visitDay - DAY).toISOString()]);
      const byCode = new Map(roster.rows.map((h) => [h.code, h]));
      const villageByCode = new Map(villages.map((v) => [v.code, v]));
      for (const [position, code] of result.households.entries()) {
        listed.push([visitId, `gh-${code}`, sampleId, position]);
        if (rand.random() >= CHECKED_SHARE[status]) continue;
        const household = byCode.get(code);
        const given = answersFor(rand, app, templates.household.items, household, exitIncomeThreshold);
        const duration = rand.random() < SHORT_CHECK_RATE ? 120 + rand.int(180) : 600 + rand.int(1800);
        const check = {
          id: `gch-${code}`, visitId, template: templates.household, householdId: `gh-${code}`, village: villageByCode.get(household.villageCode),
          assessorId: rand.pick(team), duration, finishedAt: visitDay + HOUR + rand.int(8 * 3600) * 1000,
        };
        const outcome = app.householdOutcome({ status: household.status, items: templates.household.items, answers: given, exitIncomeThreshold });
        const flags = addCheck(check, templates.household.items, given, outcome);
        if (flags.missedItemIds.length > 0) {
          missed.push({ checkId: check.id, visitId, assessment, village: check.village, at: check.finishedAt, assessorId: check.assessorId, items: templates.household.items.filter((i) => flags.missedItemIds.includes(i.id)) });
        }
      }
      if (status !== 'DONE') continue;
      for (const code of result.villages) {
        const village = villageByCode.get(code);
        const given = answersFor(rand, app, templates.village.items, { incomePerCapita: null }, exitIncomeThreshold);
        addCheck({ id: `gcv-${code}`, visitId, template: templates.village, householdId: null, village, assessorId: assessment.leaderId, duration: 900 + rand.int(1800), finishedAt: visitDay + HOUR + rand.int(8 * 3600) * 1000 }, templates.village.items, given, null);
      }
    }
  }
  await copyRows(client, 'SiteVisit', ['id', 'assessmentId', 'regionId', 'visitDate', 'status', 'createdAt', 'updatedAt'], visits);
  await copyRows(client, 'SiteVisitMember', ['siteVisitId', 'userId'], members);
  await copyRows(client, 'Sample', ['id', 'siteVisitId', 'seed', 'method', 'rules', 'rosterImportId', 'rosterHash', 'result', 'createdById', 'createdAt'], samples);
  await copyRows(client, 'SiteVisitHousehold', ['siteVisitId', 'householdId', 'sampleId', 'position'], listed);
  await copyRows(client, 'HouseholdCheck', ['id', 'siteVisitId', 'templateId', 'householdId', 'regionId', 'assessorId', 'startedAt', 'finishedAt', 'latitude', 'longitude', 'durationSeconds', 'positionAccuracy', 'flags', 'outcome', 'receivedAt', 'createdAt'], checks);
  await copyRows(client, 'ChecklistAnswer', ['id', 'checkId', 'itemId', 'valueBool', 'valueNumber', 'valueText', 'note'], answers);
  return missed;
}
