// While the largest roster the import limits allow is being imported, other pages still answer
// within a second: the import runs in the worker process, not in the web server. The leader then
// cancels it from the page, and nothing of it is saved. Writes only to Deqing (no demo visits there).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { generateRoster, toRosterCsv } from '@/modules/households/roster-generator';
import { IMPORT_LIMITS } from '@/modules/imports/limits';
import { seedDeqingVillages } from '@/seeds/scenario-site-visits';
import { signIn } from './support/auth';

let file: string;
let deqingId: string;

test.beforeAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    const deqing = await db.region.findUniqueOrThrow({ where: { code: '441226' }, select: { id: true, code: true, path: true, name: true, level: true } });
    deqingId = deqing.id;
    const villages = await seedDeqingVillages(db, deqing);
    // The header and the most data rows allowed.
    const rows = generateRoster({ villageCodes: villages.map((v) => v.code), count: IMPORT_LIMITS.ROSTER.rows - 1, seed: 'e2e-load', codePrefix: 'L' });
    file = path.join(await mkdtemp(path.join(tmpdir(), 'roster-load-')), 'deqing-max.csv');
    await writeFile(file, toRosterCsv(rows));
  } finally {
    await db.$disconnect();
  }
});

test('a maximum-size import in progress, another page still answers within 1 s; the import can be cancelled', async ({ page }) => {
  test.setTimeout(180_000);
  // This spec may be the first to reach the freshly started server (and worker) on a busy machine.
  await signIn(page, 'leader6', undefined, { timeout: 30_000 });
  const before = await page.request.get('/findings');
  expect(before.ok()).toBe(true);

  await page.goto(`/regions/${deqingId}/roster`);
  await page.getByLabel('名册文件（CSV 或 Excel .xlsx）').setInputFiles(file);
  await page.getByRole('button', { name: '导入' }).click();
  await expect(page.getByText(/正在(读取文件|检查|保存)/)).toBeVisible({ timeout: 60_000 });

  for (let i = 0; i < 3; i++) {
    const started = Date.now();
    const response = await page.request.get('/findings');
    await response.body();
    const elapsed = Date.now() - started;
    expect(response.ok()).toBe(true);
    expect(elapsed).toBeLessThan(1_000);
  }

  await page.getByRole('button', { name: '取消导入' }).click();
  await expect(page.getByText('已取消，未导入任何数据。')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('cell', { name: 'deqing-max.csv' })).toHaveCount(0);
  // The outcome is kept on the server: a reload shows it again.
  await page.reload();
  await expect(page.getByText('已取消，未导入任何数据。')).toBeVisible();
});
