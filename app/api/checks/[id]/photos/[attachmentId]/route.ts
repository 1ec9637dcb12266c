// GET: a photo of a household check, for whoever may see the check.
import { checkPhotoResponse } from '@/modules/checks/route-handlers';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  return checkPhotoResponse(id, attachmentId);
}
