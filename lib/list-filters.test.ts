import { describe, expect, it } from 'vitest';
import { hasListFilters, listFilterQuery, parseListFilters } from '@/lib/list-filters';

const STATUSES = ['PLANNED', 'DONE'] as const;

describe('list filters', () => {
  it('reads ids and known statuses, and drops the rest', () => {
    expect(parseListFilters({ campaign: 'c1', region: "x' OR 1", group: ['g1', 'g2'], status: 'DONE,BOGUS,DONE' }, STATUSES)).toEqual({
      campaignId: 'c1', regionId: null, groupId: 'g1', statuses: ['DONE'],
    });
    expect(hasListFilters(parseListFilters({}, STATUSES))).toBe(false);
  });

  it('writes a query string that reads back to the same filters', () => {
    const filters = { campaignId: 'c1', regionId: 'r1', groupId: null, statuses: ['PLANNED', 'DONE'] };
    const query = listFilterQuery(filters);
    expect(query).toBe('?campaign=c1&region=r1&status=PLANNED&status=DONE');
    const search = new URLSearchParams(query);
    expect(parseListFilters(Object.fromEntries([...search.keys()].map((k) => [k, search.getAll(k)])), STATUSES)).toEqual(filters);
  });
});
