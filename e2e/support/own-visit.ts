// A site visit of a spec's own in the demo assessment (Fengkai, one household of the first Fengkai
// village on its list, on a roster snapshot dated before any real one), and its removal. Dated after
// the demo visits (from `year` on), so it never becomes "the" demo visit of another spec.
import { expect, type Page } from '@playwright/test';
import type { SiteVisitStatus } from '@/lib/generated/prisma/enums';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { seedChecklists } from '@/seeds/scenario-checklists';
import { SCENARIO_CAMPAIGN } from '@/seeds/scenario-zhaoqing-2018';
import { signIn } from './auth';

export type OwnVisit = { visitId: string; villageName: string; villageId: string; householdId: string; rosterId: string };

export async function createOwnVisit(status: SiteVisitStatus, tag: string, year: number): Promise<OwnVisit> {
  const db = createDb(getDatabaseUrl());
  try {
    await seedChecklists(db);
    const county = await db.region.findUniqueOrThrow({ where: { code: '441225' } });
    const village = await db.region.findFirstOrThrow({ where: { level: 'VILLAGE', path: { startsWith: county.path } }, orderBy: { code: 'asc' } });
    const assessment = await db.assessment.findFirstOrThrow({ where: { campaign: { ...SCENARIO_CAMPAIGN }, targetRegion: { code: '441200' } }, select: { id: true } });
    const importer = await db.user.findUniqueOrThrow({ where: { username: 'leader6' } });
    const stamp = Date.now();
    const visit = await db.siteVisit.create({ data: { assessmentId: assessment.id, regionId: county.id, visitDate: new Date(Date.UTC(year, 0, 1 + (stamp % 3000))), status } });
    const roster = await db.rosterImport.create({
      data: { regionId: county.id, contentHash: `${tag}-e2e-${stamp}`, rowCount: 1, fileName: `${tag}-e2e-${stamp}.csv`, importedById: importer.id, createdAt: new Date('2000-01-01T00:00:00Z') },
    });
    const household = await db.household.create({ data: { code: `${village.code}${tag.slice(0, 1).toUpperCase()}${stamp}`, rosterImportId: roster.id, regionId: village.id, size: 3, status: 'PLANNED_EXIT' } });
    await db.siteVisitHousehold.create({ data: { siteVisitId: visit.id, householdId: household.id, position: 0 } });
    return { visitId: visit.id, villageName: village.name, villageId: village.id, householdId: household.id, rosterId: roster.id };
  } finally {
    await db.$disconnect();
  }
}

/** Removes the findings recorded in the visit, the visit (its checks with it), then its household and roster. */
export async function removeOwnVisit(own: OwnVisit): Promise<void> {
  const db = createDb(getDatabaseUrl());
  try {
    await db.finding.deleteMany({ where: { siteVisitId: own.visitId } });
    await db.siteVisit.delete({ where: { id: own.visitId } });
    await db.household.delete({ where: { id: own.householdId } });
    await db.rosterImport.delete({ where: { id: own.rosterId } });
  } finally {
    await db.$disconnect();
  }
}

/** Adds a household of the visit's village at this list position; returns its id and code (removeOwnHouseholds removes it). */
export async function addOwnHousehold(own: OwnVisit, position: number): Promise<{ id: string; code: string }> {
  const db = createDb(getDatabaseUrl());
  try {
    const first = await db.household.findUniqueOrThrow({ where: { id: own.householdId }, select: { code: true, regionId: true, rosterImportId: true } });
    const household = await db.household.create({
      data: { code: `${first.code}-${position}`, rosterImportId: first.rosterImportId, regionId: first.regionId, size: 2, status: 'PLANNED_EXIT' },
    });
    await db.siteVisitHousehold.create({ data: { siteVisitId: own.visitId, householdId: household.id, position } });
    return { id: household.id, code: household.code };
  } finally {
    await db.$disconnect();
  }
}

/** Removes households added by addOwnHousehold, with their place on the visit's list and their checks. */
export async function removeOwnHouseholds(ids: readonly string[]): Promise<void> {
  const db = createDb(getDatabaseUrl());
  try {
    await db.householdCheck.deleteMany({ where: { householdId: { in: [...ids] } } });
    await db.siteVisitHousehold.deleteMany({ where: { householdId: { in: [...ids] } } });
    await db.household.deleteMany({ where: { id: { in: [...ids] } } });
  } finally {
    await db.$disconnect();
  }
}

/** Opens the visit page once the service worker is active and in control (its assets precached). */
export async function openVisitWithWorker(page: Page, visitId: string): Promise<void> {
  await page.goto(`/site-visits/${visitId}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
  await expect(page.getByRole('heading', { level: 1, name: '封开县实地核查' })).toBeVisible();
}

/** Presses "prepare for offline" on the open visit page and waits for "ready offline: N households". */
export async function prepareVisit(page: Page, households: number): Promise<void> {
  await page.getByRole('button', { name: '准备离线使用' }).click();
  await expect(page.getByTestId('offline-readiness')).toContainText(new RegExp(`可离线使用：${households} 户，数据截至 \\d{2}:\\d{2}`), { timeout: 20_000 });
}

/** The assessor's phone with the visit prepared, then cut off from the network and reloaded: from here the visit opens from the device. */
export async function prepareVisitOffline(page: Page, visitId: string, households: number): Promise<void> {
  await signIn(page, 'assessor6');
  await openVisitWithWorker(page, visitId);
  await prepareVisit(page, households);
  await page.context().setOffline(true);
  await page.reload();
}
