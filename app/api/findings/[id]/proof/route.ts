// POST multipart form data (`version`, `note`, one to five `files`): the region's proof of completion.
import { submitProofResponse } from '@/modules/findings/route-handlers';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return submitProofResponse(request, (await params).id);
}
