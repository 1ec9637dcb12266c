// The pages of a visit that "prepare for offline" stores: the visit, its checks and each household's
// check form, at exactly the URLs that their links open.
import { subjectFormHref } from '@/components/checks/check-draft';

export function visitPageUrls(visitId: string, householdIds: readonly string[]): string[] {
  const visit = `/site-visits/${visitId}`;
  return [visit, `${visit}/checks`, ...householdIds.map((householdId) => subjectFormHref(visitId, { householdId }))];
}
