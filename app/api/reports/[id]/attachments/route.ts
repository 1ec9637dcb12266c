// POST multipart form data with a `file` field: attaches a document to the work report.
import { uploadReportAttachmentResponse } from '@/modules/attachments/route-handlers';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return uploadReportAttachmentResponse(request, (await params).id);
}
