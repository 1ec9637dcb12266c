// The limits every upload shares: report attachments, finding evidence, proofs and appeals, check
// photos, and the byte ceiling of a multipart body. Client-safe, so forms can answer before sending;
// the server enforces the same numbers (modules/attachments/prepare-upload.ts, lib/server/multipart.ts).
// Their messages are the `uploads` namespace of the catalogs (lib/i18n/messages/uploads.*.json).

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILE_MB = MAX_FILE_BYTES / 1024 / 1024;

// Pixels are what a viewer allocates when it decodes an image (4 bytes each), whatever the file's
// size: a 50000×50000 PNG of one colour compresses to a few MB and decodes to 10 GB. 40 megapixels
// (160 MB decoded) is above any phone's default output (12–50 MP) and any A3 scan at 300 dpi (17 MP);
// 20000 px on a side still takes panoramas and long scanned pages.
export const MAX_IMAGE_PIXELS = 40_000_000;
export const MAX_IMAGE_SIDE = 20_000;
export const MAX_IMAGE_MEGAPIXELS = MAX_IMAGE_PIXELS / 1_000_000;

/** Characters kept of a file name (the extension included): enough to recognise it in a list. */
export const MAX_FILE_NAME_CHARS = 120;

/** Multipart boundaries, part headers and the text fields around the files. */
export const MULTIPART_OVERHEAD_BYTES = 1024 * 1024;

/** The most a multipart body carrying `files` files of up to `fileBytes` each may weigh. */
export function multipartLimit(files: number, fileBytes = MAX_FILE_BYTES): number {
  return files * fileBytes + MULTIPART_OVERHEAD_BYTES;
}

export const bytesToMb = (bytes: number) => Math.ceil(bytes / 1024 / 1024);

/** The file input's hint to the browser's picker; the server decides by content (file-type.ts). */
export const ACCEPTED_FILES = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png,.webp,.gif,application/pdf,image/jpeg,image/png,image/webp,image/gif';
