// POST multipart form data — a JSON `payload` part and `photos` files — records a household check.
import { submitCheckResponse } from '@/modules/checks/route-handlers';

export async function POST(request: Request) {
  return submitCheckResponse(request);
}
