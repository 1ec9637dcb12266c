// The authorization matrix (scripts/test/authorization-matrix.ts) against every server action and
// route handler, called in-process as the signed-in demo users and anonymously: one call per cell,
// each answer compared with the table, and a refusal must write nothing. Then the mass-assignment
// probes: fields the input must not control, added to a plausible input of every write action.
// Runs in a database of its own: allowed calls change the demo.
import { createHash, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResult } from '@/lib/app-error';
import { inputSchemaOf } from '@/lib/server/action';
import { getDb } from '@/lib/server/db';
import {
  ACTION_ROWS,
  expectedOutcome,
  MATRIX_ROLES,
  PAGE_ROWS,
  PUBLIC_ROUTE_ROWS,
  ROUTE_ROWS,
  type FindingRecord,
  type MatrixRole,
  type Outcome,
  type Row,
} from '@/scripts/test/authorization-matrix';
import { entryKey, findPages, findRouteHandlers, findServerActions, readBuiltEntryPoints, type RouteHandler } from '@/scripts/test/entry-points';
import { useScratchDemo } from '@/scripts/test/scratch-demo';
import { plausibleInputFor, readDemoIds, type DemoIds } from '@/scripts/test/schema-inputs';
import { signInAs } from '@/scripts/test/session';
import { installWriteCounter, readWriteCounter } from '@/scripts/test/write-counter';

const actions = await findServerActions();
const routes = await findRouteHandlers();
const publicRoutes = await findRouteHandlers({ public: true });
const pages = findPages();

let scratch: Awaited<ReturnType<typeof useScratchDemo>>;
let ids: DemoIds = { all: [], byTable: {} };
const findings = {} as Record<FindingRecord, { id: string; version: number }>;
const started = Date.now();
const tally = { cells: 0, refusalsWithoutWrites: 0, probes: 0 };

beforeAll(async () => {
  scratch = await useScratchDemo('matrix');
  ids = await readDemoIds(getDb());
  for (const [record, county] of [['fengkai', '封开县'], ['huaiji', '怀集县']] as const) {
    const { path } = await getDb().region.findFirstOrThrow({ where: { name: county } });
    findings[record] = await getDb().finding.findFirstOrThrow({ where: { status: 'ISSUED', region: { path: { startsWith: path } } }, select: { id: true, version: true } });
  }
  await installWriteCounter(getDb());
}, 180_000);

afterAll(async () => {
  console.log(`authorization matrix: ${actions.length} actions, ${routes.length} route handlers, ${MATRIX_ROLES.length + 1} roles;`, tally, `${((Date.now() - started) / 1000).toFixed(1)} s`);
  await scratch?.release();
});

const userOf = (role: MatrixRole) => {
  const users = scratch.demo.users;
  const byRole = { admin: users.admin, leader6: users.leader, assessor6: users.assessor, zhaoqing: users.zhaoqingOfficial, fengkai: users.fengkaiOfficial, huaiji: users.huaijiOfficial, zhongshan: users.zhongshanOfficial };
  return byRole[role];
};

/** Missing rows and rows left over, by name, so that the failure says what to add or remove. */
function compareRows(found: string[], rows: Record<string, unknown>): { missing: string[]; stale: string[] } {
  return { missing: found.filter((k) => !(k in rows)), stale: Object.keys(rows).filter((k) => !found.includes(k)) };
}

describe('every entry point has a row in scripts/test/authorization-matrix.ts', () => {
  it('server actions', () => {
    expect(compareRows(actions.map(entryKey.action), ACTION_ROWS)).toEqual({ missing: [], stale: [] });
  });
  it('route handlers', () => {
    expect(compareRows(routes.map(entryKey.route), ROUTE_ROWS)).toEqual({ missing: [], stale: [] });
  });
  it('public route handlers', () => {
    expect(compareRows(publicRoutes.map(entryKey.route), PUBLIC_ROUTE_ROWS)).toEqual({ missing: [], stale: [] });
  });
  it('pages', () => {
    expect(compareRows(pages.map(entryKey.page), PAGE_ROWS)).toEqual({ missing: [], stale: [] });
  });
  // The manifests of a build list what Next serves; each must be found in the files too (the
  // action manifest lists only the actions a client component imports, so it is a subset).
  const built = readBuiltEntryPoints();
  it.skipIf(!built)('and the build serves nothing the files do not show', () => {
    if (!built) return;
    const fileActions = actions.map(entryKey.action);
    expect(built.actions.filter((a) => !fileActions.includes(a))).toEqual([]);
    expect(built.pages).toEqual(pages);
    expect(built.routeFiles.filter((f) => !f.includes('[...nextauth]'))).toEqual([...new Set([...routes, ...publicRoutes].map((r) => r.file))].sort());
  });
});

type Cell = [label: string, role: MatrixRole | 'anonymous', record: FindingRecord | undefined];

function cellsOf(key: string, row: Row | undefined): Cell[] {
  if (!row) return [];
  const roles = row.anonymousOnly ? (['anonymous'] as const) : (['anonymous', ...MATRIX_ROLES] as const);
  return roles.flatMap((role) =>
    row.finding ? (['fengkai', 'huaiji'] as const).map((record): Cell => [`${key} as ${role} on the ${record} finding`, role, record]) : [[`${key} as ${role}`, role, undefined] as Cell],
  );
}

const REFUSALS: Record<string, Outcome> = { UNAUTHENTICATED: 'UNAUTHENTICATED', FORBIDDEN: 'FORBIDDEN', NOT_FOUND: 'NOT_FOUND', VALIDATION: 'VALIDATION' };
const STATUS_REFUSALS: Record<number, Outcome> = { 400: 'VALIDATION', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

/**
 * Compares one answer with the table. A cell without a record calls with ids of the demo, which
 * need not be rows of the role's own group or region: there an allowed role may still be refused
 * by the row check (NOT_FOUND, FORBIDDEN), and only a refusal of the role itself is tested. A cell
 * with a finding names it, so the row check is tested exactly. VALIDATION (the generated input
 * failed a check deeper than its shape) is accepted only where the table says allowed.
 */
async function checkCell(label: string, expected: Outcome, withRecord: boolean, call: () => Promise<Outcome>): Promise<void> {
  const before = await readWriteCounter(getDb());
  const actual = await call();
  tally.cells += 1;
  const rowRefusal = actual === 'NOT_FOUND' || (actual === 'FORBIDDEN' && !withRecord);
  const passed = expected === 'allowed' && (actual === 'VALIDATION' || (!withRecord && rowRefusal)) ? 'allowed' : actual;
  expect(passed, `${label}: expected ${expected}, answered ${actual}`).toBe(expected);
  if (actual !== 'allowed') {
    expect(await readWriteCounter(getDb()), `${label}: refused, yet rows or audit events were written`).toBe(before);
    tally.refusalsWithoutWrites += 1;
  }
}

/** A plausible input that passes the schema, with the finding of the cell where the row has one. */
function validInput(schema: NonNullable<ReturnType<typeof inputSchemaOf>>, label: string, row: Row, record?: FindingRecord): Record<string, unknown> {
  const samples = fc.sample(plausibleInputFor(schema, ids), { numRuns: 200, seed: 20190218 });
  const withRecord = (s: unknown) => (record && row.finding ? { ...(s as object), [row.finding]: findings[record].id, version: findings[record].version } : s);
  const input = samples.map(withRecord).find((s) => schema.safeParse(s).success);
  if (!input) throw new Error(`${label}: no plausible input passes its schema`);
  return input as Record<string, unknown>;
}

describe('server actions answer as the matrix says', () => {
  const cells = actions.flatMap((a) => cellsOf(entryKey.action(a), ACTION_ROWS[entryKey.action(a)]).map((c) => [...c, a] as const));
  it.each(cells)('%s', async (label, role, record, entry) => {
    const row = ACTION_ROWS[entryKey.action(entry)]!;
    const schema = inputSchemaOf(entry.fn);
    if (!schema) throw new Error(`${label}: not made by action()`);
    const input = validInput(schema, label, row, record);
    signInAs(role === 'anonymous' ? null : userOf(role));
    await checkCell(label, expectedOutcome(row, role, record), Boolean(record), async () => {
      const result = (await entry.fn(input)) as ActionResult<unknown>;
      return result.ok ? 'allowed' : (REFUSALS[result.code] ?? 'allowed');
    });
  });
});

const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64'));

/** A body the handler's schema accepts, so that the permission check, not the parser, answers. */
/** Route handlers made with route() (lib/server/route.ts) take JSON; the others take uploads. */
const first = (table: string) => ids.byTable[table]?.[0] ?? 'none';
const FIELD_TIMES = { startedAt: '2019-02-18T02:00:00.000Z', finishedAt: '2019-02-18T02:10:00.000Z', recordedAt: '2019-02-18T02:10:00.000Z', deviceSentAt: new Date().toISOString() };
const FINDING_FIELDS = { regionId: first('Region'), category: 'CUSTOM', severity: 'GENERAL', title: '现场问题', description: '现场记录的问题' };
const JSON_BODIES: Record<string, (record?: FindingRecord) => unknown> = {
  'POST /api/imports/cancel': () => ({ jobId: first('ImportJob') }),
  'POST /api/checks': () => ({
    ...FIELD_TIMES,
    submissionKey: randomUUID(),
    siteVisitId: first('SiteVisit'),
    householdId: first('Household'),
    templateId: first('ChecklistTemplate'),
    answers: { [first('ChecklistItem')]: { note: '已核实' } },
    durationSeconds: 600,
    photoIds: [],
  }),
  'POST /api/findings': () => ({ ...FIELD_TIMES, ...FINDING_FIELDS, submissionKey: randomUUID(), assessmentId: first('Assessment'), photoIds: [] }),
  'PATCH /api/findings/[id]': (record) => ({ ...FINDING_FIELDS, version: record ? findings[record].version : 1 }),
};

function requestBody(entry: RouteHandler, record?: FindingRecord): FormData | string | undefined {
  if (entry.method === 'GET') return undefined;
  const json = JSON_BODIES[entryKey.route(entry)];
  if (json) return JSON.stringify(json(record));
  const form = new FormData();
  const file = () => new File([PNG], 'proof.png', { type: 'image/png' });
  for (const name of ['file', 'files', 'photos']) form.append(name, file());
  form.append('id', randomUUID());
  form.append('sha256', createHash('sha256').update(PNG).digest('hex'));
  form.append('reason', '数据有误');
  form.append('note', '已整改');
  form.append('version', String(record ? findings[record].version : 1));
  form.append('countyId', ids.byTable.Region?.[0] ?? '');
  form.append('indicatorId', ids.byTable.Indicator?.[0] ?? 'none');
  return form;
}

describe('route handlers answer as the matrix says', () => {
  const cells = routes.flatMap((r) => cellsOf(entryKey.route(r), ROUTE_ROWS[entryKey.route(r)]).map((c) => [...c, r] as const));
  it.each(cells)('%s', async (label, role, record, entry) => {
    const row = ROUTE_ROWS[entryKey.route(entry)]!;
    const params = Object.fromEntries(entry.params.map((p) => [p, p === 'id' && record ? findings[record].id : (ids.byTable[p === 'id' ? (entry.pattern.includes('/reports/') ? 'WorkReport' : 'HouseholdCheck') : 'Attachment']?.[0] ?? 'none')]));
    const url = `http://localhost${entry.pattern.replace(/\[(\w+)\]/g, (_m, name: string) => params[name] ?? '')}`;
    signInAs(role === 'anonymous' ? null : userOf(role));
    await checkCell(label, expectedOutcome(row, role, record), Boolean(record), async () => {
      const body = requestBody(entry, record);
      const response = await entry.fn(new Request(url, { method: entry.method, ...(body ? { body } : {}) }), { params: Promise.resolve(params) });
      return STATUS_REFUSALS[response.status] ?? 'allowed';
    });
  });
});

// Public probes: every role, and nobody, gets the same answer, without a session cookie set and
// without a 401/403; the answer is the probe's small JSON.
describe('public route handlers answer everyone alike', () => {
  it.each(publicRoutes.map((r) => [entryKey.route(r), r] as const))('%s', async (label, entry) => {
    const statuses = new Set<number>();
    for (const role of ['anonymous', ...MATRIX_ROLES] as const) {
      signInAs(role === 'anonymous' ? null : userOf(role));
      const response = await entry.fn(new Request(`http://localhost${entry.pattern}`), { params: Promise.resolve({}) });
      expect(response.headers.get('set-cookie'), `${label} as ${role}`).toBeNull();
      expect(await response.json(), `${label} as ${role}`).toHaveProperty('status');
      statuses.add(response.status);
    }
    expect([...statuses].length, `${label}: ${[...statuses].join(', ')}`).toBe(1);
    expect([200, 503]).toContain([...statuses][0]);
  });
});

// Fields no input may control. A schema that declares one (a version for the optimistic lock, the
// region a finding is about) decides it by the row check; any other must be dropped by the parse.
const FORGED = { status: 'CLOSED', version: 999_999, ownerId: 'forged', createdById: 'forged', regionId: 'forged', targetRegionId: 'forged', groupId: 'forged', role: 'ADMIN', isActive: false, mustChangePassword: true };

describe('mass assignment: fields the input must not control', () => {
  it.each(actions.map((a) => [entryKey.action(a), a] as const))('%s', async (label, entry) => {
    const schema = inputSchemaOf(entry.fn);
    if (!schema) throw new Error(`${label}: not made by action()`);
    const valid = validInput(schema, label, ACTION_ROWS[label] ?? { who: [] });
    const declared = Object.keys(valid);
    const parsed = schema.safeParse({ ...FORGED, ...valid });
    tally.probes += 1;
    if (!parsed.success) return; // refused as a whole: nothing taken
    const taken = Object.keys(FORGED).filter((k) => !declared.includes(k) && Object.hasOwn(parsed.data as object, k));
    expect(taken, `${label} takes fields it does not declare`).toEqual([]);
  });
});
