// The name a file is stored and served under. It is shown in lists and sent back in
// Content-Disposition, so it must not carry folders, control characters, or the bidirectional
// controls that make "報告\u202Efdp.exe" display as "報告exe.pdf". Pure and client-safe.
import { MAX_FILE_NAME_CHARS } from '@/lib/upload-limits';

// C0 and C1 controls; bidirectional embeddings, overrides and isolates, LRM/RLM and the Arabic letter
// mark; zero-width and line/paragraph separators and the BOM; characters Windows refuses in a name;
// and lone surrogates (\p{Cs} under the u flag matches only unpaired halves).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2028\u2029\ufeff:*?"<>|]|\p{Cs}/gu;

// Extensions the browser may use for the same type (a phone names its JPEGs .jpeg or .jpg).
const SAME_TYPE: Record<string, string[]> = { jpg: ['jpg', 'jpeg'] };

const codePoints = (text: string) => [...text];

function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot > 0 && name.length - dot <= 10 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
}

/**
 * The base name without folders or unsafe characters, NFC-normalised, at most MAX_FILE_NAME_CHARS
 * long with its extension kept. With a detected kind, a name whose extension says otherwise gets the
 * right one appended, so a download never opens as another type. Empty → "attachment.<ext>".
 */
export function cleanFileName(name: string, kind?: { extension: string }): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(UNSAFE, '').replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  let [stem, extension] = splitExtension(cleaned);
  if (kind && !(SAME_TYPE[kind.extension] ?? [kind.extension]).includes(extension.toLowerCase())) {
    [stem, extension] = [cleaned, kind.extension];
  }
  const suffix = extension ? `.${extension}` : '';
  const kept = codePoints(stem).slice(0, MAX_FILE_NAME_CHARS - codePoints(suffix).length).join('').trim();
  return `${kept || 'attachment'}${suffix}`;
}
