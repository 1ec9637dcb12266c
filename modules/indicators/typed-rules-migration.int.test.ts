// The migration that makes scoring rules and verification typed keeps what admins wrote: the free-text rule moves to
// scoringNote (the typed rule starts empty: "needs a rule"), the verification method becomes verificationNote.
// Runs on its own scratch database, migrated up to the change, given old-style rows, then migrated.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '@/scripts/lib/database.mjs';

const CHANGE = '20261204120000_typed_scoring_rules';
const MIGRATIONS = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

let scratch: { url: string; drop: () => Promise<void> };
let client: pg.Client;

const apply = async (name: string) => client.query(await readFile(`${MIGRATIONS}/${name}/migration.sql`, 'utf8'));

beforeAll(async () => {
  scratch = await createScratchDatabase(process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL!, `typed_rules_${process.pid}_${Date.now()}`);
  client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  const names = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const name of names.filter((n) => n < CHANGE)) await apply(name);
  await client.query(`INSERT INTO "Campaign" (id, name, year, "periodStart", "periodEnd", "updatedAt") VALUES ('c1', '旧考核', 2017, '2017-01-01', '2017-12-31', now())`);
  await client.query(
    `INSERT INTO "Indicator" (id, "campaignId", code, name, unit, "valueType", category, weight, "verificationMethod", "scoringRule", position, "updatedAt")
     VALUES ('i1', 'c1', 'IA-01', '识别准确率', '%', 'PERCENT', 'IDENTIFICATION_ACCURACY', 15, '抽样入户核查', '每低0.1个百分点扣1分', 0, now()),
            ('i2', 'c1', 'PR-01', '脱贫人数', '人', 'COUNT', 'POVERTY_REDUCTION', 20, NULL, NULL, 1, now())`,
  );
  await apply(CHANGE);
}, 120_000);

afterAll(async () => {
  await client?.end();
  await scratch?.drop();
});

describe('typed scoring rules migration', () => {
  it('keeps the free text as notes and leaves the typed fields empty', async () => {
    const { rows } = await client.query(
      `SELECT id, "scoringNote", "verificationNote", "scoringRule", verification FROM "Indicator" ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'i1', scoringNote: '每低0.1个百分点扣1分', verificationNote: '抽样入户核查', scoringRule: null, verification: null },
      { id: 'i2', scoringNote: null, verificationNote: null, scoringRule: null, verification: null },
    ]);
  });

  it('types the columns as JSON and adds the campaign’s results parameters', async () => {
    const { rows } = await client.query(
      `SELECT table_name AS t, column_name AS c, data_type AS d FROM information_schema.columns
       WHERE table_schema = 'public' AND ((table_name = 'Indicator' AND column_name IN ('scoringRule', 'verification', 'verificationMethod'))
         OR (table_name = 'Campaign' AND column_name = 'resultsConfig')) ORDER BY 1, 2`,
    );
    expect(rows).toEqual([
      { t: 'Campaign', c: 'resultsConfig', d: 'jsonb' },
      { t: 'Indicator', c: 'scoringRule', d: 'jsonb' },
      { t: 'Indicator', c: 'verification', d: 'jsonb' },
    ]);
  });
});
