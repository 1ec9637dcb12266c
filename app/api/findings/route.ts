// POST JSON — a finding recorded in the field, with its submission key, staged photos and proof of the visit.
import { createFieldFindingResponse } from '@/modules/findings/field-route-handlers';

export async function POST(request: Request) {
  return createFieldFindingResponse(request);
}
