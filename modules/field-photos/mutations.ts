// Staging a photo sent from the field before the check or finding it belongs to. The device's UUID is
// the photo's key: the same upload again by the same person is answered with the stored photo (nothing
// stored twice, also when retries arrive together); by anyone else it is a clash. The bytes go through
// the upload pipeline like every attachment (location removed from the stored copy, kept as fields).
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import { fieldError } from '@/lib/server/field-error';
import { prepareUploads } from '@/modules/attachments/prepare-upload';
import { sha256Of } from '@/modules/attachments/blob-store';
import type { UploadContext } from '@/modules/attachments/store-upload';
import type { ZStagePhotoInput } from '@/modules/field-photos/schema';

export async function stagePhoto(ctx: UploadContext, input: z.output<typeof ZStagePhotoInput>) {
  // Concurrent retries of one upload wait here for each other, so only the first one stores.
  await ctx.tx.$queryRaw`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(hashtext(${`staged-photo:${input.id}`}))`;
  const existing = await ctx.tx.stagedPhoto.findUnique({ where: { id: input.id }, select: { uploadedById: true, deviceSha256: true } });
  if (existing) {
    // Another person's photo, or other bytes under the same id: never merged into one.
    if (existing.uploadedById !== ctx.actor.userId || existing.deviceSha256 !== input.sha256) {
      throw new AppError('CONFLICT', { messageKey: 'uploads.staged.idUsed' });
    }
    await ctx.audit({ action: 'fieldPhoto.resubmit', entityType: 'StagedPhoto', entityId: input.id, data: { deviceSha256: input.sha256 } });
    return { id: input.id, sha256: input.sha256, replayed: true };
  }
  // The device hashed what it meant to send; other bytes here were damaged on the way.
  if (sha256Of(new Uint8Array(await input.file.arrayBuffer())) !== input.sha256) throw await fieldError('file', 'uploads.staged.hashMismatch');
  const [photo] = await prepareUploads([input.file], { field: 'file', accept: 'images' });
  const sha256 = await ctx.blobs.stage(photo!.bytes);
  await ctx.tx.stagedPhoto.create({
    data: {
      id: input.id,
      uploadedById: ctx.actor.userId,
      sha256,
      deviceSha256: input.sha256,
      mimeType: photo!.kind.mimeType,
      sizeBytes: photo!.bytes.byteLength,
      fileName: photo!.fileName,
      latitude: photo!.latitude,
      longitude: photo!.longitude,
      takenAt: photo!.takenAt,
      deviceTakenAt: input.takenAt,
    },
  });
  await ctx.audit({
    action: 'fieldPhoto.stage',
    entityType: 'StagedPhoto',
    entityId: input.id,
    data: { deviceSha256: input.sha256, sha256, mimeType: photo!.kind.mimeType, sizeBytes: photo!.bytes.byteLength },
  });
  return { id: input.id, sha256: input.sha256, replayed: false };
}
