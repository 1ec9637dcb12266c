// Findings per week (Monday to Sunday, Beijing time): recorded, closed, and issued for rectification
// (not withdrawn). Prisma cannot group by an expression, so this one count is SQL, scoped by the same
// parts as every finding read (findingScopeSql beside findingScope).
import { Prisma } from '@/lib/generated/prisma/client';
import { ASSESSMENT_TIME_ZONE } from '@/lib/local-time';
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { findingScopeSql } from '@/modules/findings/access';
import type { WeekCounts } from '@/modules/dashboard/rules';

export function weekCountsSql(actor: Actor, campaignAssessmentIds: string[], regionPath: string, groupAssessmentIds: string[]): Prisma.Sql {
  const week = (column: string) => Prisma.sql`to_char(date_trunc('week', ${Prisma.raw(column)} AT TIME ZONE ${ASSESSMENT_TIME_ZONE}), 'YYYY-MM-DD')`;
  return Prisma.sql`
    WITH scoped AS MATERIALIZED (
      SELECT f."createdAt", f."issuedAt", f."closedAt", f."status"
      FROM "Finding" f JOIN "Region" r ON r."id" = f."regionId"
      WHERE f."assessmentId" = ANY(${campaignAssessmentIds}::text[]) AND starts_with(r."path", ${regionPath})
        AND ${findingScopeSql(actor, groupAssessmentIds)}
    )
    SELECT week, sum(opened)::int AS opened, sum(closed)::int AS closed, sum(issued)::int AS issued FROM (
      SELECT ${week('"createdAt"')} AS week, count(*) AS opened, 0 AS closed, 0 AS issued FROM scoped GROUP BY 1
      UNION ALL
      SELECT ${week('"closedAt"')}, 0, count(*), 0 FROM scoped WHERE "status" = 'CLOSED' AND "closedAt" IS NOT NULL GROUP BY 1
      UNION ALL
      SELECT ${week('"issuedAt"')}, 0, 0, count(*) FROM scoped WHERE "issuedAt" IS NOT NULL AND "status" <> 'WITHDRAWN' GROUP BY 1
    ) t GROUP BY week ORDER BY week`;
}

export function findWeekCounts(db: Db, actor: Actor, campaignAssessmentIds: string[], regionPath: string, groupAssessmentIds: string[]): Promise<WeekCounts[]> {
  return db.$queryRaw<WeekCounts[]>(weekCountsSql(actor, campaignAssessmentIds, regionPath, groupAssessmentIds));
}
