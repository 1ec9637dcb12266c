// Inputs of the results workflow, shared by forms and server. The appeal (which carries files) arrives as
// multipart form data through route-handlers.ts; everything else through server actions.
import { z } from 'zod';
import { zVersion } from '@/lib/zod-numbers';

const ZId = z.string().min(1).max(64);
const ZText = (max: number) => z.string().trim().min(1).max(max);

export const ZComputeResultsInput = z.object({
  assessmentId: ZId,
  /** The version the leader is looking at when recomputing; absent for the first computation. */
  version: zVersion().optional(),
});
export type TComputeResultsInput = z.input<typeof ZComputeResultsInput>;

export const ZResultStepInput = z.object({ assessmentId: ZId, version: zVersion() });
export type TResultStepInput = z.input<typeof ZResultStepInput>;

export const ZSetManualScoreInput = ZResultStepInput.extend({
  indicatorId: ZId,
  /** null clears the manual score. */
  score: z.coerce.number().finite().min(0).max(100).nullable(),
  reason: z.string().trim().max(2000).default(''),
});
export type TSetManualScoreInput = z.input<typeof ZSetManualScoreInput>;

export const ZReopenResultsInput = ZResultStepInput.extend({ reason: ZText(2000) });
export type TReopenResultsInput = z.input<typeof ZReopenResultsInput>;

export const MAX_APPEAL_FILES = 5;
export const ZAppealResultInput = z.object({
  assessmentId: ZId,
  indicatorId: ZId,
  reason: ZText(4000),
  /** At least one, checked by the mutation after the permission (so a role without it is refused as such). */
  files: z.array(z.instanceof(File)).max(MAX_APPEAL_FILES),
});

export const ZAnswerAppealInput = z.object({
  appealId: ZId,
  decision: z.enum(['UPHELD', 'REVISED']),
  note: ZText(4000),
});
export type TAnswerAppealInput = z.input<typeof ZAnswerAppealInput>;
