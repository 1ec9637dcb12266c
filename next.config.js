import { readFileSync } from 'node:fs';
import { withSerwist } from '@serwist/turbopack';
import createNextIntlPlugin from 'next-intl/plugin';
import { computeSourceHash } from './scripts/lib/source-hash.mjs';

// Messages are compiled when the app is built (next-intl's catalogue loader on lib/i18n/messages/*.json),
// so pages ship a small formatter instead of the ICU message parser (docs/decisions/024-javascript-budget.md).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { path: './lib/i18n/messages', format: 'json', locales: 'infer', precompile: true } },
});

// Sent with every response, route handlers and static files included; pages add a
// Content-Security-Policy with a fresh nonce in proxy.ts (lib/security/headers.ts).
// Camera (photos of evidence) and position (where a check happened) for this origin only.
const PERMISSIONS_POLICY =
  'camera=(self), geolocation=(self), microphone=(), display-capture=(), usb=(), serial=(), bluetooth=(), ' +
  'payment=(), midi=(), hid=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()';
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

// Every replica must serve the same build id: a page loaded from one and a navigation answered by
// another with a different id makes the browser reload the page (docs/decisions/028). Next would
// draw a random one per build; this one follows from the sources (scripts/lib/source-hash.mjs), so
// two machines building the same commit agree. APP_BUILD_ID (e.g. the commit, from CI) takes precedence.
const BUILD_ID = process.env.APP_BUILD_ID || computeSourceHash(process.cwd()).slice(0, 20);
const { version: VERSION } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {import('next').NextConfig} */
const config = {
  reactStrictMode: true,
  generateBuildId: () => BUILD_ID,
  // Written into the server bundle at build time, for /api/health and the log (lib/env.ts getBuildInfo).
  env: { APP_BUILD_ID: BUILD_ID, APP_VERSION: VERSION },
  poweredByHeader: false,
  // pg speaks to the database from the server only; keep it out of the bundle.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'exceljs', 'exifr'],
  // Excel uploads go through server actions and may be up to 5 MB (modules/reports/excel-layout.ts).
  // Equal to SERVER_ACTION_BODY_LIMIT_MB in lib/body-limits.ts: proxy.ts answers a larger body first.
  experimental: { serverActions: { bodySizeLimit: '6mb' }, preloadEntriesOnStart: false },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

// withSerwist keeps esbuild (which bundles the service worker, app/serwist/[path]/route.ts) out of the server bundle.
export default withSerwist(withNextIntl(config));
