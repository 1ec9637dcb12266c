// Inputs for campaign writes, shared by forms and server.
import { z } from 'zod';
import { zVersion } from '@/lib/zod-numbers';

const ZDate = z.coerce.date();

const ZCampaignFields = z.object({
  name: z.string().trim().min(1).max(200),
  year: z.coerce.number().int().min(2000).max(2100),
  periodStart: ZDate,
  periodEnd: ZDate,
  description: z.string().trim().max(4000).optional().transform((s) => s || null),
});

const periodInOrder = (v: { periodStart: Date; periodEnd: Date }) => v.periodEnd >= v.periodStart;
const PERIOD_ORDER = { message: 'periodOrder', path: ['periodEnd'] };

export const ZCreateCampaignInput = ZCampaignFields.refine(periodInOrder, PERIOD_ORDER);
export type TCreateCampaignInput = z.input<typeof ZCreateCampaignInput>;

export const ZUpdateCampaignInput = ZCampaignFields.extend({
  id: z.string().min(1),
  version: zVersion(),
}).refine(periodInOrder, PERIOD_ORDER);
export type TUpdateCampaignInput = z.input<typeof ZUpdateCampaignInput>;

/** Lifecycle moves a user can ask for; DRAFT is only ever a starting point. */
export const ZChangeCampaignStatusInput = z.object({
  id: z.string().min(1),
  version: zVersion(),
  status: z.enum(['ACTIVE', 'CLOSED']),
});
export type TChangeCampaignStatusInput = z.input<typeof ZChangeCampaignStatusInput>;
