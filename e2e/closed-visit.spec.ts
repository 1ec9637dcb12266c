// A site visit marked done takes no more checks: assessor6 is told so on the check page and the
// check API refuses one; leader6 reopens the visit with a reason, and the check form is back.
// The visit is one of our own (dated after the demo visits) and is removed after.
import { expect, test } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { HOUSEHOLD_TEMPLATE } from '@/seeds/scenario-checklists';
import { signIn } from './support/auth';
import { createOwnVisit, removeOwnVisit, type OwnVisit } from './support/own-visit';

let own: OwnVisit;
let templateId = '';
let itemId = '';

test.beforeAll(async () => {
  own = await createOwnVisit('DONE', 'closed', 2022);
  const db = createDb(getDatabaseUrl());
  try {
    const template = await db.checklistTemplate.findUniqueOrThrow({ where: { code: HOUSEHOLD_TEMPLATE.code }, select: { id: true, items: { take: 1, select: { id: true } } } });
    [templateId, itemId] = [template.id, template.items[0]!.id];
  } finally {
    await db.$disconnect();
  }
});

test.afterAll(() => removeOwnVisit(own));

test('a check on a done visit is refused until the leader reopens it', async ({ browser }) => {
  test.setTimeout(90_000);
  const assessor = await (await browser.newContext()).newPage();
  await signIn(assessor, 'assessor6');
  await assessor.goto(`/site-visits/${own.visitId}/checks/new?householdId=${own.householdId}`);
  await expect(assessor.getByText('实地核查已完成', { exact: true })).toBeVisible();
  await expect(assessor.getByText(/第 1 题/)).toHaveCount(0);

  // A check queued on a phone and sent now is refused with the reason.
  const payload = {
    submissionKey: crypto.randomUUID(), siteVisitId: own.visitId, householdId: own.householdId, villageId: null, templateId,
    answers: { [itemId]: { valueBool: true } }, startedAt: '2019-02-18T02:00:00.000Z', finishedAt: '2019-02-18T02:10:00.000Z', durationSeconds: 600, position: null,
  };
  const refused = await assessor.request.post('/api/checks', { data: { ...payload, photoIds: [], deviceSentAt: new Date().toISOString() } });
  expect(refused.status()).toBe(422);
  expect(JSON.stringify(await refused.json())).toContain('请组长重新打开');

  // The leader reopens it, saying why.
  const leader = await (await browser.newContext()).newPage();
  await signIn(leader, 'leader6');
  await leader.goto(`/site-visits/${own.visitId}`);
  await leader.getByLabel('重新打开的原因').fill('补录一户漏查农户');
  await leader.getByRole('button', { name: '重新打开核查' }).click();
  await leader.getByRole('button', { name: '确定' }).click();
  await expect(leader.getByRole('button', { name: '完成核查' })).toBeVisible();

  await assessor.reload();
  await expect(assessor.getByText('实地核查已完成', { exact: true })).toHaveCount(0);
  await expect(assessor.getByText('第 1 题，共 8 题')).toBeVisible();
});
