// A day in a village with no signal, on a phone: assessor6 prepares a visit in progress (two households),
// the network goes, the visit page opens again from the device after a reload, both households are checked
// and a finding is recorded with a photo carrying GPS data, all into the outbox. When the network is back
// the outbox empties — from the start page, which shows no outbox — and the server holds each record exactly once; the stored photo has no location
// metadata left (its position is kept in the attachment's columns instead).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import exifr from 'exifr';
import { expect, test, type BrowserContextOptions, type Page } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { addOwnHousehold, createOwnVisit, prepareVisitOffline, removeOwnHouseholds, removeOwnVisit, type OwnVisit } from './support/own-visit';

const PHOTO = fileURLToPath(new URL('./fixtures/household-photo.jpg', import.meta.url));
const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  permissions: ['geolocation'],
  geolocation: { latitude: 23.5912, longitude: 111.6033, accuracy: 15 },
};

let own: OwnVisit;
const households: { id: string; code: string }[] = [];
const title = `离线一天记录的问题 ${Date.now()}`;

test.beforeAll(async () => {
  own = await createOwnVisit('IN_PROGRESS', 'fieldday', 2024);
  const db = createDb(getDatabaseUrl());
  try {
    const first = await db.household.findUniqueOrThrow({ where: { id: own.householdId }, select: { id: true, code: true } });
    households.push(first);
  } finally {
    await db.$disconnect();
  }
  households.push(await addOwnHousehold(own, 1));
});

test.afterAll(async () => {
  await removeOwnHouseholds(households.slice(1).map((h) => h.id));
  await removeOwnVisit(own);
});

const outboxOf = (page: Page) => page.getByRole('region', { name: '发送箱（本设备）' }).first();

async function checkHousehold(page: Page, code: string) {
  await page.goto(`/site-visits/${own.visitId}/checks`);
  await page.getByRole('link', { name: new RegExp(`核查\\s*（农户 ${code}）$`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(code) })).toBeVisible();
  await page.getByRole('region', { name: /^吃不愁/ }).getByRole('button', { name: '是' }).click();
  await page.getByRole('button', { name: '提交核查' }).click();
  await expect(page.getByText('核查已保存在本设备的发送箱中')).toBeVisible();
}

test('a day offline: two checks and a finding with a photo wait on the phone and reach the server once each', async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await (await browser.newContext(PHONE)).newPage();
  // No network from here on: the visit opens from the device.
  await prepareVisitOffline(page, own.visitId, 2);
  await expect(page.getByRole('heading', { level: 1, name: '封开县实地核查' })).toBeVisible();

  for (const household of households) await checkHousehold(page, household.code);

  await page.goto(`/site-visits/${own.visitId}`);
  await page.getByRole('link', { name: '记录问题' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '现场记录问题' })).toBeVisible();
  await page.getByLabel('拍照或选择照片').setInputFiles(PHOTO);
  await expect(page.getByRole('img', { name: '第 1 张照片预览' })).toBeVisible();
  await page.getByLabel('问题标题').fill(title);
  await page.getByLabel('问题描述').fill('两户核查后发现的问题。');
  await page.getByRole('button', { name: '保存问题' }).click();
  await expect(page.getByText('问题已保存在本设备的发送箱中，有网络时自动提交。')).toBeVisible();
  await expect(outboxOf(page).getByText('等待网络连接——3 份记录保存在本设备上，联网后自动提交。')).toBeVisible();

  // Back at the start page, which shows no outbox, the network returns: everything is sent from there.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
  await page.context().setOffline(false);
  const db = createDb(getDatabaseUrl());
  let photoUrl = '';
  try {
    const arrived = async () => (await db.householdCheck.count({ where: { siteVisitId: own.visitId } })) + (await db.finding.count({ where: { siteVisitId: own.visitId } }));
    await expect.poll(arrived, { timeout: 60_000 }).toBe(3);
    // The outbox says so, once.
    await page.goto(`/site-visits/${own.visitId}`);
    await expect(outboxOf(page).getByText('本设备上保存的 3 份记录已全部提交。')).toBeVisible();
    await expect(outboxOf(page).getByText(/等待网络连接/)).toHaveCount(0);

    const checks = await db.householdCheck.findMany({ where: { siteVisitId: own.visitId }, select: { householdId: true, submissionKey: true } });
    expect(checks.map((c) => c.householdId).sort()).toEqual(households.map((h) => h.id).sort());
    expect(new Set(checks.map((c) => c.submissionKey)).size).toBe(2);
    const findings = await db.finding.findMany({
      where: { siteVisitId: own.visitId },
      select: { id: true, title: true, submissionKey: true, attachments: { select: { id: true, latitude: true, longitude: true, deviceSha256: true } } },
    });
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ title, submissionKey: expect.any(String) });
    expect(finding?.attachments).toHaveLength(1);
    const [photo] = finding?.attachments ?? [];
    // The position the photo carried is kept in the columns …
    expect(photo?.latitude).toBeCloseTo(23.5912, 3);
    expect(photo?.longitude).toBeCloseTo(111.6033, 3);
    photoUrl = `/api/findings/${finding?.id}/attachments/${photo?.id}`;
  } finally {
    await db.$disconnect();
  }

  // … and not in the stored copy, which is what anyone downloading it gets.
  expect(await exifr.gps(readFileSync(PHOTO))).toBeTruthy();
  const response = await page.request.get(photoUrl);
  expect(response.status()).toBe(200);
  const stored = Buffer.from(await response.body());
  expect(stored.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  expect(await exifr.gps(stored).catch(() => undefined)).toBeUndefined();
  await page.context().close();
});
