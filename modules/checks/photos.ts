// Check photos: images only, judged by content and size, with location metadata taken out of
// the stored copy and kept as fields. Everything is checked before anything is stored.
import type { Tx } from '@/lib/server/db';
import { cleanFileName, detectFileKind, MAX_ATTACHMENT_BYTES, type FileKind } from '@/modules/attachments/file-type';
import { stripImageLocation, type StrippedImage } from '@/modules/attachments/image-metadata';
import { storeBlob } from '@/modules/attachments/storage';
import { invalidFields } from '@/modules/reports/field-errors';

export const MAX_PHOTO_MB = MAX_ATTACHMENT_BYTES / 1024 / 1024;

type PreparedPhoto = StrippedImage & { kind: FileKind; fileName: string };

const isImage = (kind: FileKind | null): kind is FileKind => kind !== null && kind.mimeType.startsWith('image/');

/** Reads, checks and strips every photo; INVALID_INPUT on `photos` naming the first bad file. */
export async function preparePhotos(files: readonly File[]): Promise<PreparedPhoto[]> {
  const prepared: PreparedPhoto[] = [];
  for (const file of files) {
    const refuse = (messageKey: string) => invalidFields([{ field: 'photos', messageKey, params: { name: file.name || '-', max: MAX_PHOTO_MB } }]);
    if (file.size > MAX_ATTACHMENT_BYTES) throw await refuse('checks.errors.photoTooLarge');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const kind = detectFileKind(bytes);
    if (!isImage(kind)) throw await refuse('checks.errors.photoType');
    // A photo whose container cannot be walked cannot have its location removed safely: refused.
    const stripped = await stripImageLocation(bytes, kind.mimeType).catch(() => null);
    if (!stripped) throw await refuse('checks.errors.photoUnreadable');
    prepared.push({ ...stripped, kind, fileName: cleanFileName(file.name, kind) });
  }
  return prepared;
}

export async function storeCheckPhotos(tx: Tx, checkId: string, uploadedById: string, photos: readonly PreparedPhoto[]) {
  const stored: { id: string; sha256: string }[] = [];
  for (const photo of photos) {
    const sha256 = await storeBlob(photo.bytes);
    const row = await tx.attachment.create({
      data: {
        sha256,
        mimeType: photo.kind.mimeType,
        sizeBytes: photo.bytes.byteLength,
        fileName: photo.fileName,
        uploadedById,
        checkId,
        latitude: photo.latitude,
        longitude: photo.longitude,
        takenAt: photo.takenAt,
      },
      select: { id: true, sha256: true },
    });
    stored.push(row);
  }
  return stored;
}
