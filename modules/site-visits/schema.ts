// Inputs for site visit writes, shared by forms and server.
import { z } from 'zod';
import { zVersion } from '@/lib/zod-numbers';

const ZId = z.string().min(1);
const ZVersion = zVersion();

const ZVisitFields = z.object({
  visitDate: z.iso.date().transform((d) => new Date(`${d}T00:00:00Z`)),
  memberIds: z.array(ZId).min(1).max(30),
  notes: z.string().trim().max(2000).optional().transform((s) => s || null),
});

export const ZPlanSiteVisitInput = ZVisitFields.extend({ assessmentId: ZId, regionId: ZId });
export type TPlanSiteVisitInput = z.input<typeof ZPlanSiteVisitInput>;

export const ZUpdateSiteVisitInput = ZVisitFields.extend({ id: ZId, version: ZVersion });
export type TUpdateSiteVisitInput = z.input<typeof ZUpdateSiteVisitInput>;

export const ZCancelSiteVisitInput = z.object({ id: ZId, version: ZVersion });
export type TCancelSiteVisitInput = z.input<typeof ZCancelSiteVisitInput>;

export const ZChangeSiteVisitStatusInput = z.object({ id: ZId, version: ZVersion, status: z.enum(['IN_PROGRESS', 'DONE']) });
export type TChangeSiteVisitStatusInput = z.input<typeof ZChangeSiteVisitStatusInput>;

/** The leader reopens a done visit, saying why (kept in the audit trail). */
export const ZReopenSiteVisitInput = z.object({ id: ZId, version: ZVersion, reason: z.string().trim().min(1).max(2000) });
export type TReopenSiteVisitInput = z.input<typeof ZReopenSiteVisitInput>;

/** Hand-picked households of one village: the visit's list for that village becomes exactly these. */
export const ZPickHouseholdsInput = z.object({ id: ZId, version: ZVersion, villageId: ZId, householdIds: z.array(ZId).max(1000) });
export type TPickHouseholdsInput = z.input<typeof ZPickHouseholdsInput>;
