// POST multipart form data with a `file` field: adds a photo or document to a draft finding.
import { uploadEvidenceResponse } from '@/modules/findings/route-handlers';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return uploadEvidenceResponse(request, (await params).id);
}
