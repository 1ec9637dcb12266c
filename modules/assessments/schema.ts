// Inputs for assessment writes, shared by forms and server.
import { z } from 'zod';
import { zVersion } from '@/lib/zod-numbers';
import { AssessmentStatus } from '@/lib/generated/prisma/enums';

export const ZTransitionAssessmentInput = z.object({
  id: z.string().min(1),
  version: zVersion(),
  /** The status asked for; naming it (rather than "next") keeps a double click from moving twice. */
  to: z.enum(AssessmentStatus),
  /** Required when an admin moves the assessment back; recorded in the audit trail. */
  reason: z.string().trim().max(500).optional().transform((s) => s || null),
});
export type TTransitionAssessmentInput = z.input<typeof ZTransitionAssessmentInput>;
