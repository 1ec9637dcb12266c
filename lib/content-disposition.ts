// The file name a download answer gives in its Content-Disposition header (lib/server/file-route.ts
// writes both forms): the RFC 5987 `filename*` (UTF-8, percent-encoded) when present and readable,
// else the plain `filename`, else null.

export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(header);
  const encoded = extended ? (extended[1] ?? extended[2] ?? '') : '';
  const parts = /^([\w!#$%&+^`{}~-]*)'[^']*'(.*)$/.exec(encoded);
  if (parts && parts[1]!.toUpperCase() === 'UTF-8') {
    try {
      const name = decodeURIComponent(parts[2]!);
      if (name) return name;
    } catch {
      // A malformed percent escape: fall back to the plain name.
    }
  }
  const plain = /(?:^|;)\s*filename\s*=\s*(?:"((?:\\.|[^"\\])*)"|([^;]*))/i.exec(header);
  const name = plain ? (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2]?.trim()) : undefined;
  return name || null;
}
