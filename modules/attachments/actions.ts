'use server';
// Attachment server actions (uploads go through the route handler, which can take a file).
import { action } from '@/lib/server/action';
import { removeReportAttachment } from '@/modules/attachments/mutations';
import { ZRemoveReportAttachmentInput } from '@/modules/attachments/schema';

export const removeReportAttachmentAction = action({
  schema: ZRemoveReportAttachmentInput,
  permission: 'report.write',
  run: removeReportAttachment,
  revalidate: ['/'],
});
