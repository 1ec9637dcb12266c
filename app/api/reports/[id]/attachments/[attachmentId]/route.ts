// GET: downloads an attachment of a work report the user may see (404 otherwise).
import { downloadReportAttachmentResponse } from '@/modules/attachments/route-handlers';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  return downloadReportAttachmentResponse(id, attachmentId);
}
