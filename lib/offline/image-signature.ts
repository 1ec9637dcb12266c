// Whether a picked file is a photo, from its declared type and its first bytes (JPEG, PNG, WebP: the photo
// formats the server stores, modules/attachments/file-type.ts), so a wrong file is refused when it is
// picked, not after the outbox tried to send it. The server checks again. HEIC is not among them: phones
// hand a file input JPEG when the page accepts only these types.

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
/** Enough bytes to see every signature above. */
export const SIGNATURE_BYTES = 12;

const text = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));

export function hasPhotoSignature(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return true;
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return true;
  return text(bytes, 0, 4) === 'RIFF' && text(bytes, 8, 4) === 'WEBP';
}

/** A declared type that is not a photo's is refused outright; an empty one (some cameras) is judged by the bytes. */
export const hasPhotoType = (type: string) => type === '' || PHOTO_TYPES.includes(type.toLowerCase());

export async function isPhotoFile(file: Blob): Promise<boolean> {
  if (!hasPhotoType(file.type)) return false;
  return hasPhotoSignature(new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer()));
}
