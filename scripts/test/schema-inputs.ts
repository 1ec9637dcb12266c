// Inputs shaped like what a zod schema expects, with any part swapped for a hostile value: the
// shape gets past the first checks so hostile text and numbers reach the deeper ones (and the
// database), and real ids from the demo data let some of them find a row.
import fc from 'fast-check';
import type { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { forgedEntries, hostileFile, hostileValue, withForgedKeys } from '@/scripts/test/hostile-values';

type Def = { type: string; [key: string]: unknown };

/** Ids of the demo's rows, by table, so that a field named like a table (`findingId`) gets one of its ids. */
export type DemoIds = { all: string[]; byTable: Record<string, string[]> };

const TABLE_OF: Record<string, string> = {
  county: 'Region', region: 'Region', city: 'Region', town: 'Region', village: 'Region', helper: 'Region', helped: 'Region',
  report: 'WorkReport', group: 'AssessmentGroup', user: 'User', member: 'User', leader: 'User', template: 'ChecklistTemplate',
  item: 'ChecklistItem', check: 'HouseholdCheck', visit: 'SiteVisit', evidence: 'Attachment', parent: 'Comment',
  appeal: 'FindingAppeal', attendee: 'MeetingAttendee', rule: 'ValidationRule', agenda: 'AgendaItem',
};

/** Some ids from every table, so that generated inputs name real rows. */
export async function readDemoIds(db: PrismaClient): Promise<DemoIds> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    select table_name from information_schema.columns
    where table_schema = 'public' and column_name = 'id' and data_type = 'text'`;
  const byTable: Record<string, string[]> = {};
  for (const { table_name: table } of tables) {
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(`select id from "${table}" order by id limit 12`);
    byTable[table] = rows.map((r) => r.id);
  }
  return { all: Object.values(byTable).flat(), byTable };
}

/** Ids for a field or URL segment: `findingId`, `findings` → Finding; anything else → ids of any table. */
export function idsFor(name: string, ids: DemoIds): string[] {
  const base = name.replace(/Ids?$/, '').replace(/s$/, '');
  const table = TABLE_OF[base] ?? base.charAt(0).toUpperCase() + base.slice(1);
  return ids.byTable[table]?.length ? ids.byTable[table] : ids.all;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

const MAX_DEPTH = 5;

export function inputFor(schema: z.ZodType, ids: DemoIds): fc.Arbitrary<unknown> {
  const top = shaped(schema, '', ids, 0);
  return fc.oneof(
    { weight: 8, arbitrary: fc.tuple(top, forgedEntries).map(([base, extra]) => withForgedKeys(base, extra)) },
    { weight: 1, arbitrary: hostileValue },
  );
}

/** Inputs shaped like the schema with no hostile part, for tests that need the input to pass zod. */
export function plausibleInputFor(schema: z.ZodType, ids: DemoIds): fc.Arbitrary<unknown> {
  return shaped(schema, '', ids, 0, false);
}

function valueFor(schema: unknown, key: string, ids: DemoIds, depth: number, hostile: boolean): fc.Arbitrary<unknown> {
  const value = shaped(schema, key, ids, depth, hostile);
  return hostile ? fc.oneof({ weight: 3, arbitrary: value }, { weight: 1, arbitrary: hostileValue }) : value;
}

function plausibleText(key: string, def: Def, ids: DemoIds): fc.Arbitrary<unknown> {
  if (/ids?$/i.test(key)) return fc.constantFrom(...idsFor(key, ids));
  if (def.format === 'date' || /date|deadline|start|end/i.test(key)) return fc.constantFrom('2019-02-19', '2019-03-01', '2019-02-19T09:30', '2018-12-31');
  if (def.format === 'datetime' || /At$/.test(key)) return fc.constantFrom('2019-02-19T09:30:00.000Z', '2019-02-19T09:30');
  // A list of days typed as text (a reminder schedule's "7, 3, 1, 0").
  if (/Days/.test(key)) return fc.constantFrom('7,3,1,0', '3,1', '0');
  return fc.oneof(fc.constantFrom('肇庆', '封开县', 'x', ''), fc.string({ maxLength: 12 }));
}

function shaped(schema: unknown, key: string, ids: DemoIds, depth: number, hostile = true): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > MAX_DEPTH) return hostileValue;
  const inner = (s: unknown) => shaped(s, key, ids, depth, hostile);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, valueFor(s, k, ids, depth + 1, hostile)]));
      return hostile ? fc.record(fields, { requiredKeys: [] }) : fc.record(fields);
    }
    case 'string':
      return plausibleText(key, def, ids);
    case 'number':
    case 'int':
      return hostile ? fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }).map(String)) : fc.constantFrom(0, 1, 2, 5, 2019);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'array':
      return fc.array(valueFor(def.element, key, ids, depth + 1, hostile), { maxLength: 3 });
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map((s) => valueFor(s, key, ids, depth + 1, hostile)));
    case 'record':
      return fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...ids.all.slice(0, 5), 'x')), valueFor(def.valueType, key, ids, depth + 1, hostile), { maxKeys: 3 });
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(inner));
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(defOf(def.in).type === 'transform' ? def.out : def.in);
    case 'lazy':
      return inner((def.getter as () => unknown)());
    case 'date':
      return fc.constantFrom('2019-02-19', '2019-02-19T09:30:00Z');
    case 'custom':
      return hostileFile;
    default:
      return hostileValue;
  }
}
