// POST JSON — the check payload, its staged photo ids and the device's clock — records a household check.
import { submitCheckResponse } from '@/modules/checks/route-handlers';

export async function POST(request: Request) {
  return submitCheckResponse(request);
}
