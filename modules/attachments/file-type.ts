// What a file really is, from its first bytes — never from its name or the browser's claim.
// Accepted: PDF, Word (.docx), Excel (.xlsx), JPEG, PNG, WebP and GIF. Pure.

export type FileKind = { mimeType: string; extension: string };

const PDF: FileKind = { mimeType: 'application/pdf', extension: 'pdf' };
const JPEG: FileKind = { mimeType: 'image/jpeg', extension: 'jpg' };
const PNG: FileKind = { mimeType: 'image/png', extension: 'png' };
const WEBP: FileKind = { mimeType: 'image/webp', extension: 'webp' };
const GIF: FileKind = { mimeType: 'image/gif', extension: 'gif' };
const DOCX: FileKind = { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' };
const XLSX: FileKind = { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

const startsWithText = (bytes: Uint8Array, at: number, text: string) => [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

function contains(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}

/**
 * Office files are ZIP archives; their part names are stored uncompressed in the local
 * headers and the central directory, so finding the main part's name tells Word from Excel.
 */
export function detectFileKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWithText(bytes, 0, 'RIFF') && startsWithText(bytes, 8, 'WEBP')) return WEBP;
  if (startsWithText(bytes, 0, 'GIF87a') || startsWithText(bytes, 0, 'GIF89a')) return GIF;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && contains(bytes, '[Content_Types].xml')) {
    if (contains(bytes, 'word/document.xml')) return DOCX;
    if (contains(bytes, 'xl/workbook.xml')) return XLSX;
  }
  return null;
}

export const isImageKind = (kind: FileKind) => kind.mimeType.startsWith('image/');
