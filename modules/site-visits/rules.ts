// Site visit lifecycle: PLANNED → IN_PROGRESS → DONE. What may change in which status, and who
// sees the households. Pure.
import { AppError } from '@/lib/app-error';
import type { SiteVisitStatus } from '@/lib/generated/prisma/enums';

export const SITE_VISIT_STATUS_ORDER = ['PLANNED', 'IN_PROGRESS', 'DONE'] as const satisfies readonly SiteVisitStatus[];

export const SITE_VISIT_TRANSITIONS: Readonly<Record<SiteVisitStatus, readonly SiteVisitStatus[]>> = {
  PLANNED: ['IN_PROGRESS'],
  IN_PROGRESS: ['DONE'],
  DONE: [],
};

export function nextVisitStatus(status: SiteVisitStatus): SiteVisitStatus | null {
  return SITE_VISIT_TRANSITIONS[status][0] ?? null;
}

export function assertVisitTransition(from: SiteVisitStatus, to: SiteVisitStatus): void {
  if (!SITE_VISIT_TRANSITIONS[from].includes(to)) {
    throw new AppError('RULE_VIOLATION', { messageKey: 'siteVisits.errors.transition', params: { from, to } });
  }
}

/** Only a done visit is reopened (for a late check); it goes back to in progress. */
export function assertReopenable(status: SiteVisitStatus): void {
  if (status !== 'DONE') throw new AppError('RULE_VIOLATION', { messageKey: 'siteVisits.errors.notDone' });
}

/** Date, sub-team and notes can change until the visit is done. */
export function assertVisitEditable(status: SiteVisitStatus): void {
  if (status === 'DONE') throw new AppError('RULE_VIOLATION', { messageKey: 'siteVisits.errors.visitDone' });
}

/** The towns, villages and households to check are fixed once the visit has started. */
export function assertHouseholdsEditable(status: SiteVisitStatus): void {
  if (status !== 'PLANNED') throw new AppError('RULE_VIOLATION', { messageKey: 'siteVisits.errors.householdsLocked' });
}

/** Only a visit that has not started can be cancelled (it is removed; the audit trail keeps it). */
export function assertCancellable(status: SiteVisitStatus): void {
  if (status !== 'PLANNED') throw new AppError('RULE_VIOLATION', { messageKey: 'siteVisits.errors.cancelStarted' });
}

/** Officials learn which villages and households were checked only after the visit: no warning ahead. */
export function canSeeHouseholds(groupSide: boolean, status: SiteVisitStatus): boolean {
  return groupSide || status === 'DONE';
}
