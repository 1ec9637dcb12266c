// The service worker script (/serwist/sw.js), bundled from service-worker/sw.ts at build time with the
// precache list of the build's assets. A static file like the icons: no session, no input, no data; it
// is not one of the guarded entry points (those live under app/api).
import { createSerwistRoute } from '@serwist/turbopack';

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'service-worker/sw.ts',
  // esbuild is already installed (native); the WebAssembly build would be a second copy.
  useNativeEsbuild: true,
  additionalPrecacheEntries: [],
});
