// GET: a file of evidence sent with an appeal of the results, for whoever may see the results.
import { resultAppealAttachmentResponse } from '@/modules/results/route-handlers';

export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string; attachmentId: string }> }) {
  const { assessmentId, attachmentId } = await params;
  return resultAppealAttachmentResponse(assessmentId, attachmentId);
}
