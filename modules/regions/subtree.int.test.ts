// "This region and below" is a prefix of the materialised path. The prefix must be an index range
// whatever the server's collation (the unique index on path serves it only under C), and must
// match exactly the regions that isWithin() places in the subtree, and no sibling whose code
// merely begins the same way.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { isWithin, subtreeWhere } from '@/modules/regions/access';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';

let demo: Demo;

beforeAll(async () => {
  demo = await loadDemo();
});

describe('a region and its subtree', () => {
  it('matches exactly the regions below the path, and not a sibling sharing its first digits', async () => {
    const county = demo.regions.counties.Fengkai!;
    const all = await getDb().region.findMany({ select: { id: true, path: true } });
    const below = await getDb().region.findMany({ where: subtreeWhere(county.path), select: { id: true } });
    const expected = all.filter((r) => isWithin(r.path, county.path)).map((r) => r.id).sort();
    expect(below.map((r) => r.id).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(1);
    // The path ends in '/', so "/…/4412250…" can never fall under "/…/441225/".
    expect(isWithin(`${county.path.slice(0, -1)}0/`, county.path)).toBe(false);
  });

  it('is an index range on the path, not a filter over every region', async () => {
    const plan = await getDb().$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      return tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN SELECT id FROM "Region" WHERE path LIKE '/440000/441200/%'`);
    });
    // Under C.UTF-8 or zh_CN.UTF-8 only the text_pattern_ops index turns the prefix into a range.
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Index Cond: \(\(path ~?>=~? '\/440000\/441200\/'/);
  });
});
