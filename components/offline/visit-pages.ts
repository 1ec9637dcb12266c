// The pages of a visit that "prepare for offline" stores: the visit, its checks, each household's check form
// and the field finding form, at exactly the URLs that their links open.
import { subjectFormHref } from '@/components/checks/check-draft';

/**
 * The field finding form of a visit: new, from a check (?checkId=, filled by the server), a finding to edit or
 * an outbox entry taken back. The last two go after `#`, so that the one page stored for offline opens for them.
 */
export function fieldFindingHref(visitId: string, target: { checkId?: string; findingId?: string; entry?: string } = {}): string {
  const page = `/site-visits/${visitId}/findings/new${target.checkId ? `?checkId=${target.checkId}` : ''}`;
  if (target.entry) return `${page}#entry=${target.entry}`;
  return target.findingId ? `${page}#finding=${target.findingId}` : page;
}

export function visitPageUrls(visitId: string, householdIds: readonly string[]): string[] {
  const visit = `/site-visits/${visitId}`;
  return [visit, `${visit}/checks`, fieldFindingHref(visitId), ...householdIds.map((householdId) => subjectFormHref(visitId, { householdId }))];
}
