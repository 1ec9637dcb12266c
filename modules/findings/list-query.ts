// The findings list: filtered, scoped and paged by keyset, so a page deep in a million findings
// costs what the first page costs. Rows are ordered by (createdAt, id) — or by severity first,
// paged one severity at a time — and each page starts where the last row of the previous ended,
// which the indexes on (…, createdAt, id) serve without counting or skipping rows.
import type { Prisma } from '@/lib/generated/prisma/client';
import { localCalendarDate } from '@/lib/local-time';
import { weekBounds } from '@/lib/local-week';
import type { Db, Tx } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { findGroupAssessmentIds, findingScope } from '@/modules/findings/access';
import { decodeCursor, encodeCursor, type FindingCursor } from '@/modules/findings/cursor';
import type { FindingListParams, FindingSort } from '@/modules/findings/list-params';
import { isOverdue, RECTIFYING_STATUSES, SEVERITY_ORDER } from '@/modules/findings/rules';
import { subtreeWhere } from '@/modules/regions/access';
import { containsKeyword } from '@/modules/search/keyword';

export const PAGE_SIZE = 50;

export const FINDING_ROW_SELECT = {
  id: true,
  title: true,
  status: true,
  severity: true,
  category: true,
  version: true,
  createdAt: true,
  region: { select: { name: true, parent: { select: { name: true } } } },
  assessment: { select: { groupId: true, group: { select: { number: true } }, targetRegion: { select: { name: true } } } },
  dueDate: true,
} as const;

/** The scope and the filters, without the page position. */
export async function findingListWhere(db: Db | Tx, actor: Actor, params: FindingListParams, now = new Date()): Promise<Prisma.FindingWhereInput> {
  const and: Prisma.FindingWhereInput[] = [findingScope(actor, await findGroupAssessmentIds(db, actor))];
  if (params.assessmentId) and.push({ assessmentId: params.assessmentId });
  // The campaign's assessments as ids, so that the (assessmentId, …) indexes serve the filter.
  if (params.campaignId) and.push({ assessmentId: { in: await findCampaignAssessmentIds(db, params.campaignId) } });
  if (params.statuses.length > 0) and.push({ status: { in: params.statuses } });
  if (params.severities.length > 0) and.push({ severity: { in: params.severities } });
  if (params.category) and.push({ category: params.category });
  if (params.regionId) {
    const region = await db.region.findUnique({ where: { id: params.regionId }, select: { path: true } });
    and.push(region ? { region: subtreeWhere(region.path) } : { id: { in: [] } });
  }
  if (params.overdue) {
    and.push(overdueWhere(now));
  }
  if (params.dueThisWeek) and.push(dueThisWeekWhere(now));
  if (params.q) and.push(findingKeywordWhere(params.q));
  return { AND: and };
}

/** Counting stops here: a banner needs "more than 1,000", not the exact number of a million rows. */
export const OVERDUE_COUNT_CAP = 1000;

/** The overdue findings of the list as filtered: exactly the rows its "show overdue" link lists. */
export async function countOverdueFindings(db: Db, actor: Actor, params: FindingListParams, now = new Date()): Promise<number> {
  const where = await findingListWhere(db, actor, { ...params, overdue: true, cursor: null }, now);
  return db.finding.count({ where, take: OVERDUE_COUNT_CAP + 1 });
}

export async function findCampaignAssessmentIds(db: Db | Tx, campaignId: string): Promise<string[]> {
  const rows = await db.assessment.findMany({ where: { campaignId }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Still being rectified, and the plan's deadline falls in the current week (Monday to Sunday, Beijing time). */
export function dueThisWeekWhere(now: Date): Prisma.FindingWhereInput {
  const { monday, sunday } = weekBounds(now);
  return { status: { in: [...RECTIFYING_STATUSES] }, dueDate: { gte: monday, lte: sunday } };
}

/** The keyword in the finding's title or description, or in the name of its region (a village, a county). */
export function findingKeywordWhere(keyword: string): Prisma.FindingWhereInput {
  const text = containsKeyword(keyword);
  return { OR: [{ title: text }, { description: text }, { region: { name: text } }] };
}

/** Still being rectified, and the plan's deadline (copied to the finding as dueDate) is past. */
export function overdueWhere(now: Date): Prisma.FindingWhereInput {
  return { status: { in: [...RECTIFYING_STATUSES] }, dueDate: { lt: localCalendarDate(now) } };
}

type Direction = 'asc' | 'desc';

/** Rows after (createdAt, id) in the given direction; `createdAt <= c` lets the index range start at the cursor. */
function after(cursor: Pick<FindingCursor, 'createdAt' | 'id'>, direction: Direction): Prisma.FindingWhereInput {
  const [strict, loose] = direction === 'desc' ? (['lt', 'lte'] as const) : (['gt', 'gte'] as const);
  return {
    AND: [{ createdAt: { [loose]: cursor.createdAt } }, { OR: [{ createdAt: { [strict]: cursor.createdAt } }, { id: { [strict]: cursor.id } }] }],
  };
}

export function findingOrder(sort: FindingSort): Prisma.FindingOrderByWithRelationInput[] {
  const direction: Direction = sort === 'oldest' ? 'asc' : 'desc';
  const byTime: Prisma.FindingOrderByWithRelationInput[] = [{ createdAt: direction }, { id: direction }];
  // The enum is declared GENERAL < SERIOUS < CRITICAL, so descending puts the most severe first.
  return sort === 'severity' ? [{ severity: 'desc' }, ...byTime] : byTime;
}

async function timePage(db: Db, where: Prisma.FindingWhereInput, cursor: FindingCursor | null, direction: Direction, take: number) {
  return db.finding.findMany({
    where: cursor ? { AND: [where, after(cursor, direction)] } : where,
    orderBy: [{ createdAt: direction }, { id: direction }],
    take,
    select: FINDING_ROW_SELECT,
  });
}

type Row = Awaited<ReturnType<typeof timePage>>[number];

/** Severity sort: one keyset scan per severity level, most severe first, until the page is full. */
async function severityPage(db: Db, where: Prisma.FindingWhereInput, params: FindingListParams, cursor: FindingCursor | null, take: number) {
  const wanted = SEVERITY_ORDER.filter((s) => params.severities.length === 0 || params.severities.includes(s));
  const start = cursor?.severity ? wanted.indexOf(cursor.severity) : 0;
  const rows: Row[] = [];
  for (const [i, severity] of wanted.entries()) {
    if (i < start || rows.length >= take) continue;
    const levelCursor = i === start ? cursor : null;
    rows.push(...(await timePage(db, { AND: [where, { severity }] }, levelCursor, 'desc', take - rows.length)));
  }
  return rows;
}

export type FindingListRow = Row & { overdue: boolean };

/** One page of the list and the cursor of the next page (null on the last page). */
export async function findFindingsPage(
  db: Db,
  actor: Actor,
  params: FindingListParams,
  options: { pageSize?: number; now?: Date } = {},
): Promise<{ rows: FindingListRow[]; nextCursor: string | null }> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const now = options.now ?? new Date();
  const where = await findingListWhere(db, actor, params, now);
  const cursor = decodeCursor(params.cursor, params.sort);
  // One row more than the page tells whether there is a next page.
  const fetched = params.sort === 'severity'
    ? await severityPage(db, where, params, cursor, pageSize + 1)
    : await timePage(db, where, cursor, params.sort === 'oldest' ? 'asc' : 'desc', pageSize + 1);
  const rows = fetched.slice(0, pageSize).map((row) => ({ ...row, overdue: isOverdue(row.status, row.dueDate, now) }));
  const last = rows[rows.length - 1];
  const nextCursor = fetched.length > pageSize && last
    ? encodeCursor({ sort: params.sort, createdAt: last.createdAt, id: last.id, severity: params.sort === 'severity' ? last.severity : null })
    : null;
  return { rows, nextCursor };
}
