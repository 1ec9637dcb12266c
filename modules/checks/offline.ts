// "Prepare for offline": the data of a visit's household checks and of its finding form and findings,
// handed to the assessor's device.
// A read, but household records leave the server for a phone, so the audit trail says who took
// which visit and when.
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { getOfflineCheckData } from '@/modules/checks/queries';
import type { TPrepareVisitOfflineInput } from '@/modules/checks/schema';
import { getOfflineFindingData } from '@/modules/findings/offline-queries';

export async function prepareVisitOffline({ actor, tx, audit }: GuardedContext, input: TPrepareVisitOfflineInput) {
  const data = await getOfflineCheckData(tx, actor, input.siteVisitId);
  if (!data) throw new AppError('NOT_FOUND');
  const { findingForm, findings } = await getOfflineFindingData(tx, actor, data.visit.id);
  await audit({
    action: 'siteVisit.prepareOffline',
    entityType: 'SiteVisit',
    entityId: data.visit.id,
    assessmentId: data.visit.assessment.id,
    data: { households: data.households.length, templates: data.templates.length, findings: findings.length },
  });
  return { ...data, findingForm, findings, preparedAt: new Date() };
}

/** What preparing answers now. */
export type PreparedVisitData = Awaited<ReturnType<typeof prepareVisitOffline>>;

/** A bundle as a device holds it: one prepared before the finding form was carried has no findingForm or findings. */
export type OfflineVisitBundle = Omit<PreparedVisitData, 'findingForm' | 'findings'> & Partial<Pick<PreparedVisitData, 'findingForm' | 'findings'>>;
