// URL filters shared by the reports, site-visit and assessment lists (?campaign=&region=&group=&status=),
// so that a count on the campaign dashboard links to the rows it counts. Parsing never fails:
// malformed ids and unknown statuses are dropped.
export type ListFilters<S extends string> = { campaignId: string | null; regionId: string | null; groupId: string | null; statuses: S[] };

type Params = Record<string, string | string[] | undefined>;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function all(params: Params, key: string): string[] {
  const value = params[key];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) => v.split(',')).filter(Boolean);
}

const id = (params: Params, key: string) => all(params, key).find((v) => ID.test(v)) ?? null;

export function parseListFilters<S extends string>(params: Params, statuses: readonly S[]): ListFilters<S> {
  return {
    campaignId: id(params, 'campaign'),
    regionId: id(params, 'region'),
    groupId: id(params, 'group'),
    statuses: [...new Set(all(params, 'status').filter((v): v is S => (statuses as readonly string[]).includes(v)))],
  };
}

export function hasListFilters(filters: ListFilters<string>): boolean {
  return Boolean(filters.campaignId || filters.regionId || filters.groupId || filters.statuses.length > 0);
}

/** The query string of these filters ('' when none), in a fixed order. */
export function listFilterQuery(filters: Partial<ListFilters<string>>): string {
  const query = new URLSearchParams();
  if (filters.campaignId) query.set('campaign', filters.campaignId);
  if (filters.regionId) query.set('region', filters.regionId);
  if (filters.groupId) query.set('group', filters.groupId);
  for (const s of filters.statuses ?? []) query.append('status', s);
  const text = query.toString();
  return text ? `?${text}` : '';
}
