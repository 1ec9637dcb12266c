// The campaign side of a generated province: one assessment per city in the demo campaign, each by a
// group of its own (a leader and three assessors from another city), an official per city, and each
// assessment's work report by its city. Existing assessments, groups and officials (the demo's) are
// used as they are. Generated people have no password: nobody can sign in as them.
import { copyRows } from './copy-rows.mjs';

const NO_PASSWORD = '!';
const ASSESSORS_PER_GROUP = 3;
const REPORT_NARRATIVE = {
  workDone: '落实脱贫攻坚责任，推进产业扶贫、就业扶贫和省定贫困村新农村建设。',
  measures: '围绕“两不愁三保障”落实教育、医疗、住房保障政策，加强扶贫资金监管。',
  problems: '部分贫困户增收基础仍较薄弱，个别项目资金支出进度偏慢。',
  plan: '巩固脱贫成果，确保建档立卡贫困人口稳定达到脱贫标准。',
};

export async function loadCampaign(client, scenarioCampaign) {
  const { rows: [campaign] } = await client.query(`SELECT id, "samplingRules", "resultsConfig" FROM "Campaign" WHERE year = $1 AND name = $2`, [scenarioCampaign.year, scenarioCampaign.name]);
  if (!campaign) throw new Error('no demo campaign: seed the demo data first (npm run db:seed)');
  const { rows: assessments } = await client.query(
    `SELECT a.id, a."groupId", r.code AS "cityCode" FROM "Assessment" a JOIN "Region" r ON r.id = a."targetRegionId" WHERE a."campaignId" = $1 ORDER BY r.code`,
    [campaign.id],
  );
  const { rows: groups } = await client.query(`SELECT id, number FROM "AssessmentGroup" WHERE "campaignId" = $1 ORDER BY number`, [campaign.id]);
  const { rows: members } = await client.query(
    `SELECT ra."groupId", ra.role, ra."userId" FROM "RoleAssignment" ra JOIN "User" u ON u.id = ra."userId"
      WHERE ra."groupId" = ANY($1) ORDER BY ra.role, u.username`,
    [groups.map((g) => g.id)],
  );
  const { rows: officials } = await client.query(
    `SELECT r.code, ra."userId" FROM "RoleAssignment" ra JOIN "Region" r ON r.id = ra."regionId" JOIN "User" u ON u.id = ra."userId"
      WHERE ra.role = 'OFFICIAL' ORDER BY r.code, u.username`,
  );
  const { rows: indicators } = await client.query(`SELECT id, category FROM "Indicator" WHERE "campaignId" = $1 ORDER BY code`, [campaign.id]);
  return { campaign, assessments, groups, members, officials, indicators };
}

/** Plans and writes the people, groups, assessments and work reports; returns each city's assessment. */
export async function writeCampaign(client, rand, { cities, loaded, at, reportDay }) {
  const { campaign } = loaded;
  const users = [];
  const roles = [];
  const groups = [];
  const assessments = [];
  const reports = [];
  const revisions = [];
  const person = (username, title, homeRegionId) => {
    users.push([`gu-${username}`, username, rand.personName(), title, NO_PASSWORD, homeRegionId, at, at]);
    return `gu-${username}`;
  };
  const official = new Map();
  for (const { code, userId } of loaded.officials) if (!official.has(code)) official.set(code, userId);
  for (const city of cities) {
    if (official.has(city.code)) continue;
    const id = person(`official-${city.code}`, `${city.name}扶贫办主任`, city.id);
    roles.push([`gra-official-${city.code}`, id, 'OFFICIAL', city.id, null, at]);
    official.set(city.code, id);
  }

  const usedNumbers = new Set(loaded.groups.map((g) => g.number));
  const nextNumber = (() => {
    let n = 0;
    return () => {
      do n += 1;
      while (usedNumbers.has(n));
      return n;
    };
  })();
  const status = rand.weighted({ FIELDWORK: 3, REPORTING: 2, RECTIFICATION: 5 });
  const out = [];
  for (const [i, city] of cities.entries()) {
    const existing = loaded.assessments.find((a) => a.cityCode === city.code);
    if (existing) {
      const mine = loaded.members.filter((m) => m.groupId === existing.groupId);
      out.push({ id: existing.id, city, members: mine.map((m) => m.userId), leaderId: mine.find((m) => m.role === 'GROUP_LEADER')?.userId ?? mine[0]?.userId, official: official.get(city.code) });
      continue;
    }
    const number = nextNumber();
    const groupId = `gg-${city.code}`;
    groups.push([groupId, campaign.id, number, `第${number}组`, at, at]);
    // A group never assesses its own members' city.
    const home = cities[(i + 7) % cities.length];
    const tag = String(number).padStart(2, '0');
    const leaderId = person(`g${tag}-leader`, `${home.name}副市长`, home.id);
    roles.push([`gra-g${tag}-leader`, leaderId, 'GROUP_LEADER', null, groupId, at]);
    const members = [leaderId];
    for (let k = 1; k <= ASSESSORS_PER_GROUP; k += 1) {
      const id = person(`g${tag}-a${k}`, `${home.name}扶贫办`, home.id);
      roles.push([`gra-g${tag}-a${k}`, id, 'ASSESSOR', null, groupId, at]);
      members.push(id);
    }
    const assessmentId = `ga-${city.code}`;
    assessments.push([assessmentId, campaign.id, groupId, city.id, status(), at, at]);
    const reportStatus = rand.weighted({ ACCEPTED: 12, SUBMITTED: 6, RETURNED: 1, DRAFT: 1 })();
    const submitted = reportStatus !== 'DRAFT';
    const submittedAt = new Date(reportDay + rand.int(72) * 3_600_000).toISOString();
    reports.push([
      `gw-${city.code}`, assessmentId, 'WORK', city.id, `${city.name}2018年度脱贫攻坚工作汇报`, reportStatus, submitted ? 1 : 0, REPORT_NARRATIVE,
      new Date(reportDay + 96 * 3_600_000).toISOString(), submitted ? submittedAt : null, reportStatus === 'ACCEPTED' ? new Date(reportDay + 120 * 3_600_000).toISOString() : null, at, at,
    ]);
    if (submitted) revisions.push([`gwr-${city.code}-1`, `gw-${city.code}`, 1, REPORT_NARRATIVE, official.get(city.code), submittedAt]);
    out.push({ id: assessmentId, city, members, leaderId, official: official.get(city.code) });
  }
  await copyRows(client, 'User', ['id', 'username', 'displayName', 'title', 'passwordHash', 'homeRegionId', 'createdAt', 'updatedAt'], users);
  await copyRows(client, 'AssessmentGroup', ['id', 'campaignId', 'number', 'name', 'createdAt', 'updatedAt'], groups);
  await copyRows(client, 'RoleAssignment', ['id', 'userId', 'role', 'regionId', 'groupId', 'createdAt'], roles);
  await copyRows(client, 'Assessment', ['id', 'campaignId', 'groupId', 'targetRegionId', 'status', 'createdAt', 'updatedAt'], assessments);
  await copyRows(client, 'WorkReport', ['id', 'assessmentId', 'kind', 'reportingRegionId', 'title', 'status', 'revision', 'narrative', 'deadline', 'submittedAt', 'acceptedAt', 'createdAt', 'updatedAt'], reports);
  await copyRows(client, 'WorkReportRevision', ['id', 'workReportId', 'revision', 'narrative', 'submittedById', 'submittedAt'], revisions);
  return out;
}
