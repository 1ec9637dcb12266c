// TEMPORARY (reports engineer): screenshots for a visual check; deleted right after use.
import { test } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { signIn } from './support/auth';

test('look', async ({ browser }) => {
  test.setTimeout(120_000);
  const db = createDb(getDatabaseUrl());
  const work = await db.workReport.findFirstOrThrow({ where: { kind: 'WORK', status: 'ACCEPTED' } });
  const pairing = await db.workReport.findFirstOrThrow({ where: { kind: 'PAIRED_ASSISTANCE', status: 'ACCEPTED' } });
  await db.$disconnect();
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 1000 } })).newPage();
  await signIn(page, 'leader6');
  await page.goto(`/reports/${work.id}`);
  await page.screenshot({ path: '/tmp/rep/shots/l-work.png' });
  await page.goto(`/reports/${pairing.id}`);
  await page.getByRole('heading', { name: '对口帮扶情况' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/rep/shots/l-pairing.png' });
  await page.goto(`/assessments/${work.assessmentId}/reports`);
  await page.screenshot({ path: '/tmp/rep/shots/l-side.png' });
  const phone = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
  await signIn(phone, 'assessor6');
  await phone.goto(`/assessments/${work.assessmentId}/reports`);
  await phone.screenshot({ path: '/tmp/rep/shots/l-side-360.png' });
});
