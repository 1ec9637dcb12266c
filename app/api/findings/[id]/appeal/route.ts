// POST multipart form data (`version`, `reason`, one to five `files`): the region appeals the finding.
import { appealResponse } from '@/modules/findings/route-handlers';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return appealResponse(request, (await params).id);
}
