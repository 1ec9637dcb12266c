// Files attached to findings, their proofs of rectification and their appeals: the type is
// decided from the content, the size is limited, location metadata is taken out of images (and
// kept in the row), and the bytes are stored once per SHA-256.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { GuardedContext } from '@/lib/server/guarded';
import { fieldError } from '@/lib/server/field-error';
import { cleanFileName, detectFileKind, MAX_ATTACHMENT_BYTES } from '@/modules/attachments/file-type';
import { stripImageLocation, UnreadableImageError } from '@/modules/attachments/image-metadata';
import { storeBlob } from '@/modules/attachments/storage';

type Owner = Pick<Prisma.AttachmentUncheckedCreateInput, 'findingId' | 'rectificationId' | 'appealId'>;

const MAX_MB = MAX_ATTACHMENT_BYTES / 1024 / 1024;

/** Checks every file first, so that one bad file refuses the whole submission before anything is stored. */
async function readChecked(files: File[], field: string) {
  const checked = [];
  for (const file of files) {
    if (file.size > MAX_ATTACHMENT_BYTES) throw await fieldError(field, 'findings.evidence.tooLarge', { name: file.name, max: MAX_MB });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const kind = detectFileKind(bytes);
    if (!kind) throw await fieldError(field, 'findings.evidence.wrongType', { name: file.name });
    const stripped = await stripImageLocation(bytes, kind.mimeType).catch(async (error: unknown) => {
      if (error instanceof UnreadableImageError) throw await fieldError(field, 'findings.evidence.unreadableImage', { name: file.name });
      throw error;
    });
    checked.push({ file, kind, stripped });
  }
  return checked;
}

export async function storeFiles(ctx: GuardedContext, files: File[], owner: Owner, field: string) {
  const stored = [];
  for (const { file, kind, stripped } of await readChecked(files, field)) {
    const sha256 = await storeBlob(stripped.bytes);
    stored.push(
      await ctx.tx.attachment.create({
        data: {
          ...owner,
          sha256,
          mimeType: kind.mimeType,
          sizeBytes: stripped.bytes.byteLength,
          fileName: cleanFileName(file.name, kind),
          uploadedById: ctx.actor.userId,
          latitude: stripped.latitude,
          longitude: stripped.longitude,
          takenAt: stripped.takenAt,
        },
        select: { id: true, sha256: true, fileName: true, mimeType: true, sizeBytes: true },
      }),
    );
  }
  return stored;
}
