// Every server action and route handler, found from the files (scripts/test/entry-points.ts),
// gets hundreds of generated hostile inputs as an admin and as an official: text the database
// cannot store, numbers beyond every column, wrong types, forged keys, prototype keys, broken
// JSON, broken zips and lying files. None may answer INTERNAL or 500, and a refusal writes
// nothing. Runs in a database of its own: successful fuzzed writes change the demo freely.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopImportQueue } from '@/modules/imports/queue';
import type { ActionResult } from '@/lib/app-error';
import { inputSchemaOf } from '@/lib/server/action';
import { getDb } from '@/lib/server/db';
import { ZSubmitCheckInput } from '@/modules/checks/schema';
import { findRouteHandlers, findServerActions, type RouteHandler, type ServerAction } from '@/scripts/test/entry-points';
import { FORGED_KEYS, hostileFile, hostileText } from '@/scripts/test/hostile-values';
import { useScratchDemo } from '@/scripts/test/scratch-demo';
import { idsFor, inputFor, readDemoIds, type DemoIds } from '@/scripts/test/schema-inputs';
import { signInAs } from '@/scripts/test/session';
import { installWriteCounter, readWriteCounter } from '@/scripts/test/write-counter';

const RUNS = Number(process.env.HOSTILE_INPUT_RUNS ?? 300);
const SEED = Number(process.env.HOSTILE_INPUT_SEED ?? 20190219);
// Requests of a batch run concurrently (the run is bound by database round trips); a batch that
// was refused as a whole must leave the write counter where it was.
const BATCH = 10;

const actions = await findServerActions();
const routes = await findRouteHandlers();

let scratch: Awaited<ReturnType<typeof useScratchDemo>>;
let ids: DemoIds = { all: [], byTable: {} };
const tally = { inputs: 0, refused: 0, accepted: 0, refusedBatchesChecked: 0 };

beforeAll(async () => {
  scratch = await useScratchDemo('hostile');
  ids = await readDemoIds(getDb());
  await installWriteCounter(getDb());
}, 180_000);

afterAll(async () => {
  console.log(`hostile input: ${actions.length} server actions and ${routes.length} route handlers, ${RUNS} inputs each per role;`, tally);
  // Accepted roster uploads queued jobs: close this file's queue client before its database goes.
  await stopImportQueue();
  await scratch?.release();
});

const ROLES = [
  ['admin', () => scratch.demo.users.admin],
  ['official', () => scratch.demo.users.zhaoqingOfficial],
] as const;

type Answer = { refused: boolean; internal: boolean; detail: string };

/** Never INTERNAL; a batch refused as a whole writes nothing (rows or audit events). */
async function fuzz<T>(label: string, inputs: fc.Arbitrary<T>, call: (input: T) => Promise<Answer>): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.array(inputs, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
      const before = await readWriteCounter(getDb());
      const answers = await Promise.all(batch.map(call));
      for (const answer of answers) expect(answer.internal, `${label} answered INTERNAL: ${answer.detail}`).toBe(false);
      tally.inputs += answers.length;
      tally.refused += answers.filter((a) => a.refused).length;
      tally.accepted += answers.filter((a) => !a.refused).length;
      if (answers.every((a) => a.refused)) {
        expect(await readWriteCounter(getDb()), `${label}: refused, yet rows or audit events were written`).toBe(before);
        tally.refusedBatchesChecked += 1;
      }
    }),
    { numRuns: Math.ceil(RUNS / BATCH), seed: SEED },
  );
}

describe('the entry points found in the files', () => {
  it('include every server action and route handler', () => {
    // A floor, so that a broken enumeration cannot pass by finding nothing.
    expect(actions.length).toBeGreaterThanOrEqual(70);
    expect(routes.length).toBeGreaterThanOrEqual(10);
    for (const a of actions) expect(inputSchemaOf(a.fn), `${a.file} ${a.name} is not made by action()`).not.toBeNull();
  });
});

describe.each(ROLES)('hostile input to every server action, as %s', (_role, user) => {
  it.each(actions.map((a) => [`${a.file} ${a.name}`, a] as const))('%s', async (label, entry: ServerAction) => {
    signInAs(user());
    const schema = inputSchemaOf(entry.fn);
    if (!schema) throw new Error(`${label}: no input schema`);
    await fuzz(label, inputFor(schema, ids), async (input) => {
      const result = (await entry.fn(input)) as ActionResult<unknown>;
      return { refused: !result.ok, internal: !result.ok && result.code === 'INTERNAL', detail: JSON.stringify(result).slice(0, 500) };
    });
  }, 300_000);
});

describe.each(ROLES)('hostile requests to every route handler, as %s', (_role, user) => {
  it.each(routes.map((r) => [`${r.method} ${r.pattern}`, r] as const))('%s', async (label, entry: RouteHandler) => {
    signInAs(user());
    await fuzz(label, requestFor(entry), async ({ request, params }) => readAnswer(await entry.fn(request(), { params: Promise.resolve(params) })));
  }, 300_000);
});

async function readAnswer(response: Response): Promise<Answer> {
  const type = response.headers.get('content-type') ?? '';
  const text = type.includes('json') ? await response.text() : '';
  // JSON answers, and the roster upload's newline-delimited progress events.
  const bodies = text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { ok?: boolean; code?: string; type?: string });
  const internal = response.status >= 500 || bodies.some((b) => b.code === 'INTERNAL');
  const refused = response.status >= 400 || bodies.some((b) => b.ok === false || b.type === 'invalid' || b.type === 'error');
  return { refused, internal, detail: `${response.status} ${text.slice(0, 500)}` };
}

const MULTIPART_FIELDS = ['file', 'files', 'photos', 'payload', 'version', 'reason', 'note', 'countyId', 'reportId', 'findingId', ...FORGED_KEYS];

/** The URL segment that names what a parameter is: /api/findings/[id] → findings; [attachmentId] → attachmentId. */
function paramTable(pattern: string, name: string): string {
  if (name !== 'id') return name;
  const segments = pattern.split('/');
  return segments[segments.indexOf('[id]') - 1] ?? name;
}

function requestFor(entry: RouteHandler) {
  const param = (name: string) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...idsFor(paramTable(entry.pattern, name), ids)) }, { weight: 1, arbitrary: hostileText.map((s) => s.slice(0, 300)) });
  const params = fc.tuple(...entry.params.map(param)).map((values) => Object.fromEntries(entry.params.map((p, i) => [p, values[i] ?? ''])) as Record<string, string>);
  const query = fc.dictionary(fc.constantFrom('revision', 'version', 'id', 'cursor', ...FORGED_KEYS), hostileText.map((s) => s.slice(0, 300)), { maxKeys: 3 });
  const body = entry.method === 'GET' || entry.method === 'HEAD' ? fc.constant(null) : fc.oneof({ weight: 3, arbitrary: multipartBody() }, { weight: 1, arbitrary: rawBody });
  return fc.record({ params, query, body }).map(({ params: p, query: q, body: b }) => {
    const url = new URL(`http://localhost${entry.pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_m, name: string) => encodeURIComponent((p[name] ?? '').toWellFormed()))}`);
    for (const [k, v] of Object.entries(q)) url.searchParams.set(k, v);
    // A factory: a request body can be read once, and fast-check may run a value again.
    return { request: () => new Request(url, { method: entry.method, ...(b ?? {}) }), params: p };
  });
}

/** Fields the upload routes read, with a plausible value (often) or a hostile one. */
function knownFields(): fc.Arbitrary<[string, string | File][]> {
  const text = (plausible: fc.Arbitrary<string>) => fc.oneof({ weight: 2, arbitrary: plausible }, { weight: 1, arbitrary: hostileText });
  const fields: [string, fc.Arbitrary<string | File>][] = [
    ['file', hostileFile],
    ['files', hostileFile],
    ['photos', hostileFile],
    ['version', text(fc.constantFrom('1', '2', '3'))],
    ['reason', text(fc.constantFrom('数据有误', 'x'))],
    ['note', text(fc.constantFrom('已整改', 'x'))],
    ['countyId', text(fc.constantFrom(...idsFor('countyId', ids)))],
  ];
  return fc.tuple(...fields.map(([name, value]) => fc.option(value.map((v) => [name, v] as [string, string | File]), { nil: null, freq: 3 }))).map((entries) => entries.filter((e) => e !== null));
}

function multipartBody() {
  const payload = inputFor(ZSubmitCheckInput, ids).map((value) => {
    try {
      return JSON.stringify(value) ?? '';
    } catch {
      return '{"broken":';
    }
  });
  const text = fc.oneof(fc.constantFrom(...ids.all.slice(0, 20), '1', '2', '', '{'), hostileText);
  const entry = fc.tuple(fc.constantFrom(...MULTIPART_FIELDS), fc.oneof(text, hostileFile));
  return fc.record({ known: knownFields(), payload: fc.option(payload, { freq: 2 }), extra: fc.array(entry, { maxLength: 3 }) }).map(({ known, payload: json, extra }) => {
    const form = new FormData();
    for (const [name, value] of [...known, ...extra]) form.append(name, value);
    if (json !== null) form.append('payload', json);
    return { body: form };
  });
}

const rawBody = fc
  .record({
    text: fc.oneof(fc.constantFrom('{"a":', 'null', '[]', '{"__proto__":{"x":1}}', '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\n'), hostileText),
    type: fc.constantFrom('application/json', 'multipart/form-data; boundary=x', 'multipart/form-data', 'text/plain', 'application/x-www-form-urlencoded'),
  })
  .map(({ text, type }) => ({ body: text.toWellFormed(), headers: { 'content-type': type } }));
