// Keyword search over the records a person may see: findings, work reports, households and
// assessments, each through its own module's scope (the same `where` builders as the lists), so
// search never shows more than the lists do. A kind the actor has no read permission for is skipped.
import type { Db } from '@/lib/server/db';
import { hasPermission, type Actor } from '@/modules/auth/actor';
import { assessmentScope } from '@/modules/assessments/access';
import { findGroupAssessmentIds, findingScope } from '@/modules/findings/access';
import { findingKeywordWhere } from '@/modules/findings/list-query';
import { findGroupTargetPaths, householdScope } from '@/modules/households/access';
import { reportScope } from '@/modules/reports/access';
import { containsKeyword } from '@/modules/search/keyword';

/** Results shown per kind; one more is read to tell that there are more. */
export const SEARCH_LIMIT = 20;

const region = { select: { name: true, parent: { select: { name: true } } } } as const;

function findings(db: Db, actor: Actor, keyword: string, groupAssessmentIds: string[]) {
  return db.finding.findMany({
    where: { AND: [findingScope(actor, groupAssessmentIds), findingKeywordWhere(keyword)] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: SEARCH_LIMIT + 1,
    select: { id: true, title: true, status: true, severity: true, region },
  });
}

function reports(db: Db, actor: Actor, keyword: string) {
  const text = containsKeyword(keyword);
  return db.workReport.findMany({
    where: { AND: [reportScope(actor), { OR: [{ title: text }, { reportingRegion: { name: text } }] }] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: SEARCH_LIMIT + 1,
    select: { id: true, title: true, kind: true, status: true, reportingRegion: { select: { name: true } } },
  });
}

function households(db: Db, actor: Actor, keyword: string, groupTargetPaths: string[]) {
  const text = containsKeyword(keyword);
  return db.household.findMany({
    where: { AND: [householdScope(actor, groupTargetPaths), { OR: [{ code: text }, { headName: text }, { region: { name: text } }] }] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: SEARCH_LIMIT + 1,
    select: { id: true, code: true, headName: true, status: true, region, rosterImport: { select: { regionId: true } } },
  });
}

function assessments(db: Db, actor: Actor, keyword: string) {
  const text = containsKeyword(keyword);
  return db.assessment.findMany({
    where: { AND: [assessmentScope(actor, 'assessment.read'), { OR: [{ targetRegion: { name: text } }, { campaign: { name: text } }] }] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: SEARCH_LIMIT + 1,
    select: { id: true, status: true, campaign: { select: { name: true } }, group: { select: { number: true } }, targetRegion: { select: { name: true } } },
  });
}

type Page<T> = { rows: T[]; more: boolean };

function page<T>(rows: T[]): Page<T> {
  return { rows: rows.slice(0, SEARCH_LIMIT), more: rows.length > SEARCH_LIMIT };
}

const none = <T>(): Promise<T[]> => Promise.resolve([]);

export async function searchRecords(db: Db, actor: Actor, keyword: string) {
  const [groupAssessmentIds, groupTargetPaths] = await Promise.all([findGroupAssessmentIds(db, actor), findGroupTargetPaths(db, actor)]);
  const [f, r, h, a] = await Promise.all([
    hasPermission(actor, 'finding.read') ? findings(db, actor, keyword, groupAssessmentIds) : none<Awaited<ReturnType<typeof findings>>[number]>(),
    hasPermission(actor, 'report.read') ? reports(db, actor, keyword) : none<Awaited<ReturnType<typeof reports>>[number]>(),
    hasPermission(actor, 'siteVisit.read') ? households(db, actor, keyword, groupTargetPaths) : none<Awaited<ReturnType<typeof households>>[number]>(),
    hasPermission(actor, 'assessment.read') ? assessments(db, actor, keyword) : none<Awaited<ReturnType<typeof assessments>>[number]>(),
  ]);
  return { findings: page(f), reports: page(r), households: page(h), assessments: page(a) };
}

export type SearchResults = Awaited<ReturnType<typeof searchRecords>>;
