// What the finding form needs on a device that goes where the network does not, for one site visit:
// the regions of the visit's county and below, the campaign's indicators, whether the actor may record,
// and the visit's findings the actor may see (to edit drafts offline on their version).
import type { Tx } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { canInGroup } from '@/modules/assessments/access';
import { isCampaignReadOnly } from '@/modules/campaigns/rules';
import { findingScope } from '@/modules/findings/access';
import type { PlacementOptions } from '@/modules/findings/form-queries';
import { subtreeWhere } from '@/modules/regions/access';

export type OfflineFindingForm = {
  assessmentId: string;
  rootRegionId: string;
  regions: PlacementOptions['regions'];
  indicators: PlacementOptions['indicators'];
  canRecord: boolean;
};

const FINDING_SELECT = {
  id: true,
  version: true,
  status: true,
  checkId: true,
  regionId: true,
  indicatorId: true,
  category: true,
  severity: true,
  title: true,
  description: true,
  updatedAt: true,
} as const;

/** Reads one after another: inside the guarded action the queries share the transaction's one connection. */
export async function getOfflineFindingData(tx: Tx, actor: Actor, visitId: string) {
  const visit = await tx.siteVisit.findUniqueOrThrow({
    where: { id: visitId },
    select: { assessmentId: true, region: { select: { id: true, path: true } }, assessment: { select: { groupId: true, campaignId: true, campaign: { select: { status: true } } } } },
  });
  const regions = await tx.region.findMany({ where: subtreeWhere(visit.region.path), orderBy: [{ code: 'asc' }], select: { id: true, name: true, level: true, parentId: true } });
  const indicators = await tx.indicator.findMany({ where: { campaignId: visit.assessment.campaignId }, orderBy: [{ position: 'asc' }], select: { id: true, code: true, name: true, category: true } });
  const findings = await tx.finding.findMany({
    where: { AND: [{ siteVisitId: visitId }, findingScope(actor)] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: FINDING_SELECT,
  });
  const canRecord = canInGroup(actor, 'finding.write', visit.assessment.groupId) && !isCampaignReadOnly(visit.assessment.campaign.status);
  const findingForm: OfflineFindingForm = { assessmentId: visit.assessmentId, rootRegionId: visit.region.id, regions, indicators, canRecord };
  return { findingForm, findings };
}
