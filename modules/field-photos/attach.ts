// Staged photos becoming the attachments of the record they were sent for (a check, a field finding).
// Only the sender's own photos not yet attached elsewhere; any other id is reported back by name so
// the device can upload it again and resend. Rows are locked so two records never take one photo.
import { AppError } from '@/lib/app-error';
import { getCatalogTranslator } from '@/lib/i18n/server-translator';
import { now } from '@/lib/server/clock';
import type { GuardedContext } from '@/lib/server/guarded';

export type PhotoOwner = { checkId: string } | { findingId: string };

export async function attachStagedPhotos(ctx: GuardedContext, photoIds: readonly string[], owner: PhotoOwner) {
  if (photoIds.length === 0) return [];
  await ctx.tx.$queryRaw`SELECT 1 AS "locked" FROM "StagedPhoto" WHERE "id" = ANY(${[...photoIds]}::text[]) ORDER BY "id" FOR UPDATE`;
  const staged = await ctx.tx.stagedPhoto.findMany({ where: { id: { in: [...photoIds] }, uploadedById: ctx.actor.userId, attachedAt: null } });
  const byId = new Map(staged.map((p) => [p.id, p]));
  const missingPhotoIds = photoIds.filter((id) => !byId.has(id));
  if (missingPhotoIds.length > 0) {
    const t = await getCatalogTranslator();
    throw new AppError('INVALID_INPUT', {
      fieldErrors: { photoIds: [t('uploads.staged.missing', { count: missingPhotoIds.length })] },
      details: { missingPhotoIds },
    });
  }
  const attachedAt = now();
  const attachments = [];
  for (const [index, id] of photoIds.entries()) {
    const { sha256, deviceSha256, mimeType, sizeBytes, fileName, latitude, longitude, takenAt } = byId.get(id)!;
    // Attachments are listed by createdAt: a millisecond apart, they keep the device's order.
    const createdAt = new Date(attachedAt.getTime() + index);
    const attachment = await ctx.tx.attachment.create({
      data: { ...owner, sha256, deviceSha256, mimeType, sizeBytes, fileName, latitude, longitude, takenAt, uploadedById: ctx.actor.userId, createdAt },
      select: { id: true, sha256: true, deviceSha256: true },
    });
    await ctx.tx.stagedPhoto.update({ where: { id }, data: { attachmentId: attachment.id, attachedAt } });
    attachments.push(attachment);
  }
  return attachments;
}
