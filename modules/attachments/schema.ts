// Inputs for work report attachments. The file arrives as multipart form data (see upload-route.ts).
import { z } from 'zod';

const ZId = z.string().min(1).max(64);

export const ZUploadReportAttachmentInput = z.object({ reportId: ZId, file: z.instanceof(File) });

export const ZRemoveReportAttachmentInput = z.object({ reportId: ZId, attachmentId: ZId });
export type TRemoveReportAttachmentInput = z.input<typeof ZRemoveReportAttachmentInput>;
