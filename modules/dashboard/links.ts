// Where each dashboard figure leads: the list it counts, with the campaign, the region and the
// figure's own condition in the URL, so the list shows exactly the rows behind the number.
import type { AssessmentStatus, FindingSeverity, FindingStatus, SiteVisitStatus, WorkReportStatus } from '@/lib/generated/prisma/enums';
import { listFilterQuery } from '@/lib/list-filters';
import { findingListQuery, parseFindingListParams } from '@/modules/findings/list-params';

export type LinkScope = { campaignId: string; regionId: string };

type FindingCondition = { status?: FindingStatus; severity?: FindingSeverity; overdue?: boolean; dueThisWeek?: boolean };

export function findingsHref(scope: LinkScope, c: FindingCondition = {}): string {
  const params = {
    ...parseFindingListParams({}),
    campaignId: scope.campaignId,
    regionId: scope.regionId,
    statuses: c.status ? [c.status] : [],
    severities: c.severity ? [c.severity] : [],
    overdue: c.overdue ?? false,
    dueThisWeek: c.dueThisWeek ?? false,
  };
  return `/findings${findingListQuery(params)}`;
}

/** Reports submitted at least once are those now submitted, returned or accepted. */
export const SUBMITTED_REPORT_STATUSES = ['SUBMITTED', 'RETURNED', 'ACCEPTED'] as const satisfies readonly WorkReportStatus[];

export function reportsHref(scope: LinkScope, statuses: readonly WorkReportStatus[] = []): string {
  return `/reports${listFilterQuery({ ...scope, statuses: [...statuses] })}`;
}

export function visitsHref(scope: LinkScope, statuses: readonly SiteVisitStatus[] = []): string {
  return `/site-visits${listFilterQuery({ ...scope, statuses: [...statuses] })}`;
}

export function assessmentsHref(scope: LinkScope, c: { status?: AssessmentStatus; groupId?: string } = {}): string {
  return `/assessments${listFilterQuery({ ...scope, groupId: c.groupId ?? null, statuses: c.status ? [c.status] : [] })}`;
}
