// The text of a .docx's body, paragraph by paragraph, for the tests of the report (unit and e2e):
// the zip's directory read by the app's own reader, the entry inflated with node:zlib, runs joined.
import { inflateRawSync } from 'node:zlib';
import { readZipDirectory } from '@/modules/imports/zip-directory';

export function docxParagraphs(bytes: Buffer): string[] {
  const entry = readZipDirectory(bytes)?.find((e) => e.name === 'word/document.xml');
  if (!entry) throw new Error('not a .docx: no word/document.xml');
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedBytes);
  const xml = (entry.method === 8 ? inflateRawSync(data) : data).toString('utf8');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1] ?? '')
      .join('')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&'),
  );
}
