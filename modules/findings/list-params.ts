// The findings list's filters and sort live in the URL (?status=…&severity=…&region=…&campaign=…), so a
// filtered list can be bookmarked and shared. Parsing never fails: unknown values are dropped.
import { FindingSeverity, FindingStatus, IndicatorCategory } from '@/lib/generated/prisma/enums';
import { parseKeyword } from '@/modules/search/keyword';

export const FINDING_SORTS = ['newest', 'oldest', 'severity'] as const;
export type FindingSort = (typeof FINDING_SORTS)[number];

export type FindingListParams = {
  assessmentId: string | null;
  campaignId: string | null;
  statuses: FindingStatus[];
  severities: FindingSeverity[];
  regionId: string | null;
  category: IndicatorCategory | null;
  overdue: boolean;
  /** `due=week`: still being rectified, with the plan's deadline in the current week (Monday to Sunday). */
  dueThisWeek: boolean;
  /** A keyword in the title, the description or the region's name. */
  q: string | null;
  sort: FindingSort;
  cursor: string | null;
};

export type SearchParams = Record<string, string | string[] | undefined>;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function values(params: SearchParams, key: string): string[] {
  const value = params[key];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).filter(Boolean);
}

function first(params: SearchParams, key: string): string | null {
  return values(params, key)[0] ?? null;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function allOf<T extends string>(allowed: readonly T[], list: string[]): T[] {
  return [...new Set(list.filter((v): v is T => (allowed as readonly string[]).includes(v)))];
}

const id = (value: string | null) => (value !== null && ID.test(value) ? value : null);

export function parseFindingListParams(params: SearchParams): FindingListParams {
  return {
    assessmentId: id(first(params, 'assessment')),
    campaignId: id(first(params, 'campaign')),
    statuses: allOf(Object.values(FindingStatus), values(params, 'status')),
    severities: allOf(Object.values(FindingSeverity), values(params, 'severity')),
    regionId: id(first(params, 'region')),
    category: oneOf(Object.values(IndicatorCategory), first(params, 'category')),
    overdue: first(params, 'overdue') === '1',
    dueThisWeek: first(params, 'due') === 'week',
    q: parseKeyword(params.q),
    sort: oneOf(FINDING_SORTS, first(params, 'sort')) ?? 'newest',
    cursor: first(params, 'cursor'),
  };
}

/** The query string for these filters (defaults left out), with a different cursor or none. */
export function findingListQuery(params: FindingListParams, cursor: string | null = null): string {
  const query = new URLSearchParams();
  if (params.assessmentId) query.set('assessment', params.assessmentId);
  if (params.campaignId) query.set('campaign', params.campaignId);
  for (const s of params.statuses) query.append('status', s);
  for (const s of params.severities) query.append('severity', s);
  if (params.regionId) query.set('region', params.regionId);
  if (params.category) query.set('category', params.category);
  if (params.overdue) query.set('overdue', '1');
  if (params.dueThisWeek) query.set('due', 'week');
  if (params.q) query.set('q', params.q);
  if (params.sort !== 'newest') query.set('sort', params.sort);
  if (cursor) query.set('cursor', cursor);
  const text = query.toString();
  return text ? `?${text}` : '';
}
