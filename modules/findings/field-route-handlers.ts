// HTTP handlers of the field app's finding writes: JSON through the guarded route wrapper.
import { route, routeResponse } from '@/lib/server/route';
import { createFieldFinding, editFieldFinding } from '@/modules/findings/field-mutations';
import { ZEditFieldFindingInput, ZFieldFindingInput } from '@/modules/findings/schema';

export const createFieldFindingResponse = route({ schema: ZFieldFindingInput, permission: 'finding.write', run: createFieldFinding });

const EDIT = { schema: ZEditFieldFindingInput, permission: 'finding.write' as const, run: editFieldFinding };

export function editFieldFindingResponse(request: Request, findingId: string): Promise<Response> {
  return routeResponse(EDIT, request, { id: findingId });
}
