// Attachment rows for prepared files, with their bytes staged to be published when the guarded
// transaction commits (see blob-store.ts). Every kind of upload stores its files through here.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { GuardedContext } from '@/lib/server/guarded';
import type { PreparedFile } from '@/modules/attachments/prepare-upload';
import type { BlobStaging } from '@/modules/attachments/blob-store';

/** The guarded context of a write that carries files (given by runGuardedUpload). */
export type UploadContext = GuardedContext & { blobs: BlobStaging };

export type AttachmentOwner = Pick<Prisma.AttachmentUncheckedCreateInput, 'workReportId' | 'findingId' | 'rectificationId' | 'appealId' | 'checkId' | 'resultAppealId'>;

export async function storeAttachments(ctx: UploadContext, files: readonly PreparedFile[], owner: AttachmentOwner) {
  const stored = [];
  for (const file of files) {
    const sha256 = await ctx.blobs.stage(file.bytes);
    stored.push(
      await ctx.tx.attachment.create({
        data: {
          ...owner,
          sha256,
          mimeType: file.kind.mimeType,
          sizeBytes: file.bytes.byteLength,
          fileName: file.fileName,
          uploadedById: ctx.actor.userId,
          latitude: file.latitude,
          longitude: file.longitude,
          takenAt: file.takenAt,
        },
        select: { id: true, sha256: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true },
      }),
    );
  }
  return stored;
}
