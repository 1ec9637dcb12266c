// Test data for the check integration tests: a site visit of its own in the demo assessment
// (group 6 → Zhaoqing) to Fengkai, with one household on its list, and the demo checklists.
// The visit is dated after the demo visits and the roster snapshot before any real one, so
// neither becomes "the" demo visit or the county's current roster for other tests.
import { randomUUID } from 'node:crypto';
import { getDb } from '@/lib/server/db';
import type { SiteVisitStatus } from '@/lib/generated/prisma/enums';
import type { TCheckPayload } from '@/modules/checks/schema';
import { submitCheckResponse } from '@/modules/checks/route-handlers';
import { jsonRequest, postPhoto, readResult, type TestPhoto } from '@/modules/field-photos/test-support';
import type { Demo } from '@/scripts/test/demo-fixture';
import { uniqueSuffix } from '@/seeds/factories/client';
import { HOUSEHOLD_TEMPLATE, seedChecklists } from '@/seeds/scenario-checklists';

let days = 0;

export async function createCheckWorld(demo: Demo, status: SiteVisitStatus = 'IN_PROGRESS') {
  const db = getDb();
  await seedChecklists(db);
  const s = uniqueSuffix();
  const fengkai = demo.regions.counties.Fengkai!;
  const village = demo.regions.villages.find((v) => v.path.startsWith(fengkai.path))!;
  days += 1;
  const visit = await db.siteVisit.create({
    data: { assessmentId: demo.scenario.assessment.id, regionId: fengkai.id, visitDate: new Date(Date.UTC(2020, 0, days + Math.floor(Math.random() * 10_000))), status },
    select: { id: true, assessmentId: true },
  });
  const roster = await db.rosterImport.create({
    data: { regionId: fengkai.id, contentHash: s, rowCount: 1, fileName: `check-test-${s}.csv`, importedById: demo.users.leader.id, createdAt: new Date('2000-01-01T00:00:00Z'), publishedAt: new Date('2000-01-01T00:00:00Z') },
    select: { id: true },
  });
  const household = await db.household.create({
    data: { code: `44122510120100${s}`, rosterImportId: roster.id, regionId: village.id, size: 4, status: 'PLANNED_EXIT', hasDisabledMember: true },
    select: { id: true, code: true, regionId: true },
  });
  await db.siteVisitHousehold.create({ data: { siteVisitId: visit.id, householdId: household.id, position: 0 } });
  const template = await db.checklistTemplate.findUniqueOrThrow({
    where: { code: HOUSEHOLD_TEMPLATE.code },
    select: { id: true, minimumSeconds: true, items: { select: { id: true, code: true } } },
  });
  const item = (code: string) => template.items.find((i) => i.code === code)!.id;
  return { visit, household, template, item };
}

export type CheckWorld = Awaited<ReturnType<typeof createCheckWorld>>;

/** A well-formed check of the world's household: food yes, income below the threshold, ten minutes. */
export function checkPayload(world: CheckWorld, overrides: Partial<TCheckPayload> = {}): TCheckPayload {
  return {
    submissionKey: randomUUID(),
    siteVisitId: world.visit.id,
    householdId: world.household.id,
    templateId: world.template.id,
    answers: {
      [world.item('FOOD')]: { valueBool: true, note: '米面充足' },
      [world.item('INCOME')]: { valueNumber: '6800' },
    },
    startedAt: '2019-02-18T02:00:00.000Z',
    finishedAt: '2019-02-18T02:10:00.000Z',
    durationSeconds: 600,
    position: { latitude: 23.4347, longitude: 111.5126, accuracy: 15 },
    ...overrides,
  };
}

/**
 * Posts a check the way the phone does: each photo staged first (/api/field-photos), then the JSON
 * naming them with the device's clock. A refused photo is answered as the check's refusal.
 */
export async function postCheck(payload: unknown, photos: TestPhoto[] = [], headers: Record<string, string> = {}) {
  const photoIds: string[] = [];
  for (const photo of photos) {
    const staged = await postPhoto(photo);
    if (!staged.result.ok) return { status: staged.status, result: staged.result as CheckResult };
    photoIds.push(staged.id);
  }
  const body = { photoIds, deviceSentAt: new Date().toISOString(), ...(payload as object) };
  return readResult<{ id: string; replayed: boolean }>(await submitCheckResponse(jsonRequest('/api/checks', body, { headers })));
}

type CheckResult = Awaited<ReturnType<typeof readResult<{ id: string; replayed: boolean }>>>['result'];

export const checkCount = (siteVisitId: string) => getDb().householdCheck.count({ where: { siteVisitId } });
export const auditCount = () => getDb().auditEvent.count();
