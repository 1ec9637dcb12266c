// Where to go after signing in: only a path on this site. Browsers drop tab, CR and LF inside
// URLs and read a backslash as a slash, so "/\t/evil.example" or "/\\evil.example" would leave
// the site: any control character or backslash refuses the value outright, then the value must
// resolve to this origin.
const PROBE_ORIGIN = 'http://callback.invalid';
const MAX_LENGTH = 2000;

export function safeCallbackUrl(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  if (/[\u0000-\u001f\u007f-\u009f\\]/.test(value)) return fallback;
  if (!value.startsWith('/') || value.startsWith('//')) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (parsed.origin !== PROBE_ORIGIN) return fallback;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // A path that normalises to "//host" (e.g. "/.//evil.example") would be protocol-relative.
  return path.startsWith('//') ? fallback : path;
}
