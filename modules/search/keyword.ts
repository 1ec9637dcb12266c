// A keyword as typed into search (or the findings list's `q`): trimmed, spaces collapsed, at most
// KEYWORD_MAX characters; matched as a substring, case-insensitively, with LIKE's own wildcards
// taken literally. Characters no record can hold (NUL, other controls) are word breaks, so a pasted
// keyword still finds what its words name. The trigram indexes (migration 20261205130000) serve words
// of 3+ characters; 1–2 character words (two-character Chinese words are common) match the same way,
// by a scan.
import { blankUnstorable } from '@/lib/server/input-text';

export const KEYWORD_MAX = 64;

/** The keyword to search for, or null when there is nothing to search for. */
export function parseKeyword(raw: string | string[] | undefined | null): string | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string') return null;
  const words = blankUnstorable(value.normalize('NFC')).replace(/\s+/g, ' ').trim();
  // Cut by code point: a cut inside a surrogate pair would leave half a character.
  const text = Array.from(words).slice(0, KEYWORD_MAX).join('').trim();
  return text || null;
}

/** LIKE pattern text for a literal substring: Prisma passes `contains` to ILIKE unescaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A Prisma string filter: contains the keyword, ignoring case. */
export function containsKeyword(keyword: string) {
  return { contains: escapeLike(keyword), mode: 'insensitive' as const };
}
