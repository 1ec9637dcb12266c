// Bulk loading with COPY … FROM STDIN (text format): many times faster than INSERT statements for
// generated data. Each call is one statement, so statement-level triggers fire once per call.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';

const ESCAPES = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One value as COPY's text format writes it: \N for null, t/f for booleans, escaped text otherwise. */
export function copyValue(value) {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[\\\n\r\t]/.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]) : text;
}

/** Lines of ~256 kB at a time, so the stream moves few, large chunks. */
function* copyText(rows) {
  let chunk = '';
  for (const row of rows) {
    chunk += `${row.map(copyValue).join('\t')}\n`;
    if (chunk.length > 262_144) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * COPYs `rows` (an iterable of arrays in the order of `columns`) into `table`; JSON values go as
 * objects. Returns how many rows went in.
 * @param {import('pg').Client} client
 * @param {string} table
 * @param {string[]} columns
 * @param {Iterable<unknown[]>} rows
 */
export async function copyRows(client, table, columns, rows) {
  const list = columns.map((c) => `"${c}"`).join(', ');
  const stream = client.query(copyFrom(`COPY "${table}" (${list}) FROM STDIN`));
  await pipeline(Readable.from(copyText(rows), { objectMode: false }), stream);
  return stream.rowCount;
}
