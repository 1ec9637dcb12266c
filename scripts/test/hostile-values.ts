// fast-check arbitraries for hostile input: text the database cannot store or that tries to
// escape its field, numbers outside every column's range, values of the wrong type, keys that
// try to set what only the server may set, and files that are not what they claim to be.
import fc from 'fast-check';

const NASTY_TEXT = [
  '\u0000',
  'a\u0000b',
  'x'.repeat(10) + '\u0000',
  '\ud800',
  'tail\udfff',
  '\udc00\ud800',
  '\u0007\u001b[31m',
  '\u007f',
  '\u202egnp.exe',
  'e\u0301',
  '\ufeff\u200b',
  '\t\r\n',
  '   ',
  "'; DROP TABLE \"Finding\"; --",
  '../../etc/passwd',
  '%00',
  '<script>alert(1)</script>',
  '{"__proto__":{"admin":true}}',
  '2019-02-30',
  '9999-12-31T23:59:59Z',
  '-1',
  '2147483648',
  'NaN',
  '1e400',
  '🙂',
];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom('\u0000', '\ud800', '\udfff', '\u0001')).map(([s, bad]) => `${s}${bad}${s}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 120_000 }).map((n) => '长'.repeat(n)) },
);

export const hostileNumber: fc.Arbitrary<unknown> = fc.constantFrom(
  2 ** 31,
  2 ** 40,
  -1,
  -(2 ** 31) - 1,
  0.5,
  -0.0001,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '2147483648',
  '1e400',
  '0x10',
  ' 1 ',
  10n ** 20n,
);

export const wrongType: fc.Arbitrary<unknown> = fc.constantFrom(null, true, false, [], {}, [1, 2], ['a'], { a: 1 }, '', 0, new Date(Number.NaN));

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: wrongType },
  { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 3 }) },
);

/** Keys a client must never be able to set, and keys that reach for an object's prototype. */
export const FORGED_KEYS = ['status', 'version', 'ownerId', 'regionId', 'role', 'createdById', 'actorId', 'id', '__proto__', 'constructor', 'prototype'];

/** Adds forged keys as own properties (a literal `__proto__:` would set the prototype instead). */
export function withForgedKeys(base: unknown, extra: [string, unknown][]): unknown {
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return base;
  const out = { ...(base as Record<string, unknown>) };
  for (const [key, value] of extra) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

export const forgedEntries: fc.Arbitrary<[string, unknown][]> = fc.array(fc.tuple(fc.constantFrom(...FORGED_KEYS), fc.oneof(hostileValue, fc.constantFrom('ADMIN', 'CLOSED', 'ACCEPTED', 1))), { maxLength: 3 });

const ZIP_HEADER = [0x50, 0x4b, 0x03, 0x04];
const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_HEADER = [0xff, 0xd8, 0xff, 0xe0];

/** Files that lie: broken zips (an .xlsx is a zip), truncated images, empty files, hostile names. */
export const hostileFile: fc.Arbitrary<File> = fc
  .record({
    header: fc.constantFrom(ZIP_HEADER, PNG_HEADER, JPEG_HEADER, [0x25, 0x50, 0x44, 0x46], []),
    body: fc.uint8Array({ maxLength: 2048 }),
    name: fc.oneof(fc.constantFrom('roster.xlsx', 'photo.jpg', 'scan.png', 'report.pdf', 'a.csv'), hostileText.map((s) => s.slice(0, 300))),
    type: fc.constantFrom('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'image/jpeg', 'image/png', 'text/csv', 'application/pdf', '', 'text/html'),
  })
  .map(({ header, body, name, type }) => new File([new Uint8Array([...header, ...body])], name, { type }));
