// The page cells of the authorization matrix (scripts/test/authorization-matrix.ts): every page
// is requested anonymously and as each demo role, against the built app, and its status compared
// with the row. Statuses are read with plain GETs that do not follow redirects; each role signs in
// once through the login form and its cookies are reused for all of its cells.
import { expect, request, test, type APIRequestContext } from '@playwright/test';
import pg from 'pg';
import { expectedOutcome, MATRIX_ROLES, PAGE_ROWS, type FindingRecord, type MatrixRole, type Outcome } from '../scripts/test/authorization-matrix';
import { signIn } from './support/auth';

type Caller = MatrixRole | 'anonymous';
const CALLERS: readonly Caller[] = ['anonymous', ...MATRIX_ROLES];

/** One demo record per [id] segment: the records the rows' `seenBy` names (FINDING_SCOPE's for findings). */
type DemoIds = Record<'assessment' | 'campaign' | 'checklist' | 'check' | 'meeting' | 'region' | 'report' | 'siteVisit' | 'user', string> & Record<FindingRecord, string>;

async function demoIds(): Promise<DemoIds> {
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

/** The page's path with its [id] filled from the record type named by the segment before it. */
function pathOf(key: string, ids: DemoIds, record?: FindingRecord): string {
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

/** What a page answer looks like for each outcome of the matrix. */
function describe(status: number, location: string | undefined): string {
  if (status >= 300 && status < 400) return `${status} → ${location ?? '?'}`;
  return String(status);
}

function expectedAnswer(outcome: Outcome, isPublic: boolean, path: string): (status: number, location?: string) => boolean {
  if (isPublic) {
    // The login page: shown to a visitor, and a signed-in user is sent on to the home page.
    return outcome === 'UNAUTHENTICATED' ? (s) => s === 200 : (s, l) => s === 307 && l === '/';
  }
  switch (outcome) {
    case 'UNAUTHENTICATED':
      return (s, l) => s === 307 && l === `/login?callbackUrl=${encodeURIComponent(path)}`;
    case 'FORBIDDEN':
    case 'NOT_FOUND':
      return (s) => s === 404;
    default:
      // The assessment's findings address only sends on to the findings list filtered by it.
      if (/^\/assessments\/[^/]+\/findings$/.test(path)) return (s, l) => s === 307 && l === `/findings?assessment=${path.split('/')[2]}`;
      return (s) => s === 200;
  }
}

const EXPECTED_TEXT: Record<Outcome, string> = {
  allowed: '200',
  UNAUTHENTICATED: '307 → /login',
  FORBIDDEN: '404 (no permission)',
  NOT_FOUND: '404 (out of scope)',
  VALIDATION: 'a validation error',
};

let ids: DemoIds;
const contexts = new Map<Caller, APIRequestContext>();

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  ids = await demoIds();
  contexts.set('anonymous', await request.newContext({ baseURL }));
  for (const role of MATRIX_ROLES) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signIn(page, role, undefined, { timeout: 30_000 });
    contexts.set(role, await request.newContext({ baseURL, storageState: await context.storageState() }));
    await context.close();
  }
});

test.afterAll(async () => {
  await Promise.all([...contexts.values()].map((c) => c.dispose()));
});

for (const [key, row] of Object.entries(PAGE_ROWS)) {
  test(key, async () => {
    const records: (FindingRecord | undefined)[] = row.finding ? ['fengkai', 'huaiji'] : [undefined];
    const cells = records.flatMap((record) => CALLERS.map((caller) => ({ caller, record })));
    const differences: string[] = [];
    await Promise.all(
      cells.map(async ({ caller, record }) => {
        const path = pathOf(key, ids, record);
        const outcome = expectedOutcome(row, caller, record);
        const response = await contexts.get(caller)!.get(path, { maxRedirects: 0, timeout: 60_000 });
        const location = response.headers()['location']?.replace(/^https?:\/\/[^/]+/, '');
        if (!expectedAnswer(outcome, Boolean(row.public), path)(response.status(), location)) {
          differences.push(`${key} (${path}) as ${caller}${record ? ` on the ${record} finding` : ''}: expected ${EXPECTED_TEXT[outcome]}, got ${describe(response.status(), location)}`);
        }
      }),
    );
    expect(differences).toEqual([]);
  });
}
