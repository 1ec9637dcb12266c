import { z } from 'zod';

/** "Verify now" takes nothing: what is checked is the whole chain. */
export const ZRequestAuditVerificationInput = z.object({});
