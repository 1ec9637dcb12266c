// PATCH JSON — an edit of a draft finding from the field app, on the version it started from.
import { editFieldFindingResponse } from '@/modules/findings/field-route-handlers';

export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return editFieldFindingResponse(request, (await params).id);
}
