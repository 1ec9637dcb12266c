// The pages of the authorization matrix (scripts/test/authorization-matrix.ts) opened on demo
// records: the ids that fill each [id] segment, read from the seeded database, and the path of a
// page row with them. Shared by the matrix's page spec and the accessibility scan, so a new page
// row is requested by both without a list of its own.
import pg from 'pg';
import type { FindingRecord } from '../../scripts/test/authorization-matrix';

/** One demo record per [id] segment: the records the rows' `seenBy` names (FINDING_SCOPE's for findings). */
export type DemoIds = Record<'assessment' | 'campaign' | 'checklist' | 'check' | 'meeting' | 'region' | 'report' | 'siteVisit' | 'user', string> &
  Record<FindingRecord, string>;

export async function demoIds(): Promise<DemoIds> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const one = async (sql: string, params: unknown[] = []) => {
    const { rows } = await client.query<{ id: string }>(sql, params);
    if (!rows[0]) throw new Error(`no demo record for: ${sql}`);
    return rows[0].id;
  };
  try {
    // Group 6's assessment of Zhaoqing, the demo's only one.
    const assessment = await one(
      `SELECT a.id FROM "Assessment" a JOIN "AssessmentGroup" g ON g.id = a."groupId" JOIN "Region" r ON r.id = a."targetRegionId" WHERE g.number = 6 AND r.name = '肇庆市'`,
    );
    const issuedIn = (county: string) =>
      one(
        `SELECT f.id FROM "Finding" f JOIN "Region" r ON r.id = f."regionId" JOIN "Region" c ON r.path LIKE c.path || '%' WHERE f.status = 'ISSUED' AND f."assessmentId" = $1 AND c.name = $2 ORDER BY f.id LIMIT 1`,
        [assessment, county],
      );
    const fengkai = await one(`SELECT id FROM "Region" WHERE name = '封开县' AND level = 'COUNTY'`);
    const fengkaiVisit = await one(`SELECT id FROM "SiteVisit" WHERE "assessmentId" = $1 AND "regionId" = $2 AND status = 'DONE' ORDER BY id LIMIT 1`, [assessment, fengkai]);
    return {
      assessment,
      campaign: await one(`SELECT "campaignId" AS id FROM "Assessment" WHERE id = $1`, [assessment]),
      checklist: await one(`SELECT id FROM "ChecklistTemplate" ORDER BY name LIMIT 1`),
      check: await one(`SELECT c.id FROM "HouseholdCheck" c WHERE c."siteVisitId" = $1 ORDER BY c.id LIMIT 1`, [fengkaiVisit]),
      meeting: await one(`SELECT id FROM "Meeting" WHERE "assessmentId" = $1 ORDER BY id LIMIT 1`, [assessment]),
      region: fengkai,
      report: await one(`SELECT w.id FROM "WorkReport" w JOIN "Region" r ON r.id = w."reportingRegionId" WHERE w."assessmentId" = $1 AND w.kind = 'WORK' AND r.name = '肇庆市'`, [assessment]),
      siteVisit: fengkaiVisit,
      user: await one(`SELECT id FROM "User" WHERE username = 'assessor6'`),
      fengkai: await issuedIn('封开县'),
      huaiji: await issuedIn('怀集县'),
    };
  } finally {
    await client.end();
  }
}

/** The page's path (`page /x/[id]/y` → `/x/<id>/y`) with its [id] filled from the record type named by the segment before it. */
export function pathOf(key: string, ids: DemoIds, record?: FindingRecord): string {
  const pattern = key.replace(/^page /, '');
  const byParent: Record<string, string> = {
    assessments: ids.assessment,
    campaigns: ids.campaign,
    checklists: ids.checklist,
    checks: ids.check,
    findings: record ? ids[record] : '',
    meetings: ids.meeting,
    regions: ids.region,
    reports: ids.report,
    'site-visits': ids.siteVisit,
    users: ids.user,
  };
  return pattern.replace(/\/([^/]+)\/\[id\]/, (_, parent: string) => {
    const id = byParent[parent];
    if (!id) throw new Error(`no demo id for ${key}`);
    return `/${parent}/${id}`;
  });
}
