// Test data for the notification tests: the report tests' world (its own running campaign, city,
// county, town, villages, group and officials) plus a finding and a report in its county.
import { getDb } from '@/lib/server/db';
import type { FindingStatus } from '@/lib/generated/prisma/enums';
import type { Demo } from '@/scripts/test/demo-fixture';
import { createReportWorld, type ReportWorld } from '@/modules/reports/test-world';
import { uniqueSuffix } from '@/seeds/factories/client';
import { createFinding } from '@/seeds/factories/findings';

export async function createNotificationWorld(demo: Demo) {
  return createReportWorld(demo);
}

/** A finding in the world's village (below its county), straight in `status`, due on `dueDate` if given. */
export async function makeWorldFinding(world: ReportWorld, status: FindingStatus, dueDate?: Date) {
  const finding = await createFinding(getDb(), {
    assessmentId: world.assessment.id,
    regionId: world.poorVillage.id,
    createdById: world.users.assessor.id,
    title: `通知测试问题 ${uniqueSuffix()}`,
    status,
  });
  if (dueDate) await getDb().finding.update({ where: { id: finding.id }, data: { dueDate } });
  return finding;
}

/** Who received notifications about a record, by kind, sorted. */
export async function recipientsOf(recordId: string, kind?: string) {
  const rows = await getDb().notification.findMany({ where: { recordId, ...(kind ? { kind: kind as never } : {}) }, select: { recipientId: true } });
  return rows.map((r) => r.recipientId).sort();
}
