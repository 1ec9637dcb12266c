// POST /api/field-photos: a photo from the field app, staged for the check or finding that will name it.
import { uploadResponse } from '@/modules/attachments/upload-route';
import { stagePhoto } from '@/modules/field-photos/mutations';
import { ZStagePhotoInput } from '@/modules/field-photos/schema';

export function stagePhotoResponse(request: Request): Promise<Response> {
  // check.write and finding.write are held by the same people (the group's assessors and leader).
  const def = { schema: ZStagePhotoInput, permission: 'check.write' as const, run: stagePhoto };
  return uploadResponse(request, { field: 'file', maxFiles: 1 }, def, ({ fields, files }) => ({
    id: fields.id,
    sha256: fields.sha256,
    takenAt: fields.takenAt || null,
    file: files.file?.length === 1 ? files.file[0] : undefined,
  }));
}
