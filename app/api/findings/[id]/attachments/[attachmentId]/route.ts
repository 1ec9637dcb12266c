// GET a stored file of a finding the actor may see (evidence, appeal evidence, proof of completion).
import { attachmentResponse } from '@/modules/findings/route-handlers';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  return attachmentResponse(id, attachmentId);
}
