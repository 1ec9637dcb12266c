'use server';

import { action } from '@/lib/server/action';
import { requestAuditVerification } from '@/modules/audit/verification-mutations';
import { ZRequestAuditVerificationInput } from '@/modules/audit/schema';

export const requestAuditVerificationAction = action({
  schema: ZRequestAuditVerificationInput,
  permission: 'audit.verify',
  run: (ctx) => requestAuditVerification(ctx),
  revalidate: ['/audit'],
});
