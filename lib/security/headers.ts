// Security headers of every page. The Content-Security-Policy carries a fresh nonce per request
// (set by proxy.ts), which Next puts on its own scripts; 'strict-dynamic' lets those scripts load
// the chunks they need and nothing else runs. Headers that need no nonce are in next.config.js.

export const HSTS = 'max-age=31536000; includeSubDomains';

export function contentSecurityPolicy(nonce: string, { dev = false, https = false }: { dev?: boolean; https?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only in development: React's dev tools rebuild stacks with eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Style attributes (React's style={…}) need inline styles; no script can run from a style.
    "style-src 'self' 'unsafe-inline'",
    // Photos picked on the phone are previewed from blob: URLs before upload.
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "media-src 'self' blob:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only over HTTPS: an intranet served over plain HTTP would lose its own scripts.
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** A server action posted from another site (its Origin is not this host) is refused. */
export function isCrossOriginAction(headers: Headers): boolean {
  if (!headers.has('next-action')) return false;
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
