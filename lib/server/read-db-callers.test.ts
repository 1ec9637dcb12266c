// The replica serves only reads named in docs/decisions/027-read-replica.md: a new caller of
// getReadDb() must be added there (and here) after asking whether a moment's lag is fine for it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NAMED = [
  'app/(app)/audit/page.tsx',
  'app/(app)/campaigns/[id]/dashboard/page.tsx',
  'app/(app)/findings/page.tsx',
  'app/(app)/search/page.tsx',
  'app/api/assessments/[id]/ledger/route.ts',
  'app/api/findings/export/route.ts',
];

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

describe('getReadDb()', () => {
  it('is called only by the reads named in decision 027', () => {
    const callers = ['app', 'modules', 'lib', 'components']
      .flatMap(sources)
      .filter((file) => file !== 'lib/server/read-db.ts' && readFileSync(path.join(ROOT, file), 'utf8').includes('getReadDb('));
    expect(callers.sort()).toEqual(NAMED);
  });
});
