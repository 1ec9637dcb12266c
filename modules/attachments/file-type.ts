// What a file really is, from its first bytes — never from its name or the browser's claim.
// Accepted: PDF, Word (.docx), Excel (.xlsx), JPEG and PNG. Pure.

export type FileKind = { mimeType: string; extension: string };

const PDF: FileKind = { mimeType: 'application/pdf', extension: 'pdf' };
const JPEG: FileKind = { mimeType: 'image/jpeg', extension: 'jpg' };
const PNG: FileKind = { mimeType: 'image/png', extension: 'png' };
const DOCX: FileKind = { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' };
const XLSX: FileKind = { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

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
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && contains(bytes, '[Content_Types].xml')) {
    if (contains(bytes, 'word/document.xml')) return DOCX;
    if (contains(bytes, 'xl/workbook.xml')) return XLSX;
  }
  return null;
}

/** A file name safe to store and to send back: no folders, no control characters, not too long. */
export function cleanFileName(name: string, kind: FileKind): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-200);
  return cleaned || `attachment.${kind.extension}`;
}
