// A site visit marked done takes no more checks: assessor6 is told so on the check page and the
// check API refuses one; leader6 reopens the visit with a reason, and the check form is back.
// The visit is one of our own (dated after the demo visits) and is removed after.
import { expect, test } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { HOUSEHOLD_TEMPLATE, seedChecklists } from '@/seeds/scenario-checklists';
import { SCENARIO_CAMPAIGN } from '@/seeds/scenario-zhaoqing-2018';
import { signIn } from './support/auth';

let visitId = '';
let householdId = '';
let rosterId = '';
let templateId = '';
let itemId = '';

test.beforeAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    await seedChecklists(db);
    const county = await db.region.findUniqueOrThrow({ where: { code: '441225' } });
    const village = await db.region.findFirstOrThrow({ where: { level: 'VILLAGE', path: { startsWith: county.path } }, orderBy: { code: 'asc' } });
    const assessment = await db.assessment.findFirstOrThrow({ where: { campaign: { ...SCENARIO_CAMPAIGN }, targetRegion: { code: '441200' } }, select: { id: true } });
    const importer = await db.user.findUniqueOrThrow({ where: { username: 'leader6' } });
    const stamp = Date.now();
    const visit = await db.siteVisit.create({ data: { assessmentId: assessment.id, regionId: county.id, visitDate: new Date(Date.UTC(2022, 0, 1 + (stamp % 3000))), status: 'DONE' } });
    const roster = await db.rosterImport.create({
      data: { regionId: county.id, contentHash: `closed-e2e-${stamp}`, rowCount: 1, fileName: `closed-e2e-${stamp}.csv`, importedById: importer.id, createdAt: new Date('2000-01-01T00:00:00Z') },
    });
    const household = await db.household.create({ data: { code: `${village.code}C${stamp}`, rosterImportId: roster.id, regionId: village.id, size: 3, status: 'PLANNED_EXIT' } });
    await db.siteVisitHousehold.create({ data: { siteVisitId: visit.id, householdId: household.id, position: 0 } });
    const template = await db.checklistTemplate.findUniqueOrThrow({ where: { code: HOUSEHOLD_TEMPLATE.code }, select: { id: true, items: { take: 1, select: { id: true } } } });
    [visitId, householdId, rosterId, templateId, itemId] = [visit.id, household.id, roster.id, template.id, template.items[0]!.id];
  } finally {
    await db.$disconnect();
  }
});

test.afterAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    await db.householdCheck.deleteMany({ where: { siteVisitId: visitId } });
    await db.siteVisit.delete({ where: { id: visitId } });
    await db.household.delete({ where: { id: householdId } });
    await db.rosterImport.delete({ where: { id: rosterId } });
  } finally {
    await db.$disconnect();
  }
});

test('a check on a done visit is refused until the leader reopens it', async ({ browser }) => {
  test.setTimeout(90_000);
  const assessor = await (await browser.newContext()).newPage();
  await signIn(assessor, 'assessor6');
  await assessor.goto(`/site-visits/${visitId}/checks/new?householdId=${householdId}`);
  await expect(assessor.getByText('实地核查已完成', { exact: true })).toBeVisible();
  await expect(assessor.getByText(/第 1 题/)).toHaveCount(0);

  // A check queued on a phone and sent now is refused with the reason.
  const payload = {
    submissionKey: crypto.randomUUID(), siteVisitId: visitId, householdId, villageId: null, templateId,
    answers: { [itemId]: { valueBool: true } }, startedAt: '2019-02-18T02:00:00.000Z', finishedAt: '2019-02-18T02:10:00.000Z', durationSeconds: 600, position: null,
  };
  const refused = await assessor.request.post('/api/checks', { multipart: { payload: JSON.stringify(payload) } });
  expect(refused.status()).toBe(422);
  expect(JSON.stringify(await refused.json())).toContain('请组长重新打开');

  // The leader reopens it, saying why.
  const leader = await (await browser.newContext()).newPage();
  await signIn(leader, 'leader6');
  await leader.goto(`/site-visits/${visitId}`);
  await leader.getByLabel('重新打开的原因').fill('补录一户漏查农户');
  await leader.getByRole('button', { name: '重新打开核查' }).click();
  await leader.getByRole('button', { name: '确定' }).click();
  await expect(leader.getByRole('button', { name: '完成核查' })).toBeVisible();

  await assessor.reload();
  await expect(assessor.getByText('实地核查已完成', { exact: true })).toHaveCount(0);
  await expect(assessor.getByText('第 1 题，共 8 题')).toBeVisible();
});
