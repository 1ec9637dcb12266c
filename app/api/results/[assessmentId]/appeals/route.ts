// POST multipart form data (`indicatorId`, `reason`, one to five `files`): an official of the target city
// appeals an indicator verdict of the submitted results.
import { appealResultResponse } from '@/modules/results/route-handlers';

export async function POST(request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  return appealResultResponse(request, (await params).assessmentId);
}
