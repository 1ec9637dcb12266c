// The keyset cursor of the findings list: the sort key of the last row shown, (createdAt, id),
// and its severity when the list is sorted by severity. Opaque in the URL; a cursor that does
// not decode, or belongs to another sort, is ignored (the list starts again at the top).
import { FindingSeverity } from '@/lib/generated/prisma/enums';
import type { FindingSort } from '@/modules/findings/list-params';

export type FindingCursor = { sort: FindingSort; createdAt: Date; id: string; severity: FindingSeverity | null };

export function encodeCursor(cursor: FindingCursor): string {
  const parts = [cursor.sort, cursor.createdAt.toISOString(), cursor.id, cursor.severity ?? ''];
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

export function decodeCursor(text: string | null, sort: FindingSort): FindingCursor | null {
  if (!text || text.length > 400) return null;
  try {
    const parts: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(parts) || parts.length !== 4 || !parts.every((p) => typeof p === 'string')) return null;
    const [cursorSort, at, id, severity] = parts as [string, string, string, string];
    const createdAt = new Date(at);
    if (cursorSort !== sort || Number.isNaN(createdAt.getTime()) || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
    if (sort === 'severity') {
      if (!(Object.values(FindingSeverity) as string[]).includes(severity)) return null;
      return { sort, createdAt, id, severity: severity as FindingSeverity };
    }
    return severity === '' ? { sort, createdAt, id, severity: null } : null;
  } catch {
    return null;
  }
}
