// POST multipart form data — `id`, `sha256`, optional `takenAt` and one `file` — stages a field photo.
import { stagePhotoResponse } from '@/modules/field-photos/route-handlers';

export async function POST(request: Request) {
  return stagePhotoResponse(request);
}
