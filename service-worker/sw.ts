// The field app's service worker, bundled by @serwist/turbopack (app/serwist/[path]/route.ts).
// - Next's built assets and the icons are precached, so the app's scripts load with the network off.
// - Navigations are network-first: online, every page comes from the server, never from a cache. Only
//   when the network fails is a page stored by "prepare for offline" (lib/offline/page-cache.ts) served.
//   A stored page opened online is refreshed with the server's answer. A page that was not stored opens
//   as the stored offline page (the visits this device holds), when there is one.
// - Nothing else is intercepted: server actions, API calls and uploads go to the network as before.
import { Serwist, type PrecacheEntry, type RouteHandlerCallbackOptions, type SerwistGlobalConfig } from 'serwist';
import { isPageCacheName, OFFLINE_PAGE } from '@/lib/offline/page-cache';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

async function storedPageCaches(): Promise<Cache[]> {
  const names = (await caches.keys()).filter(isPageCacheName);
  return Promise.all(names.map((n) => caches.open(n)));
}

async function findStoredPage(url: string): Promise<Response | undefined> {
  for (const cache of await storedPageCaches()) {
    const hit = await cache.match(url);
    if (hit) return hit;
  }
  return undefined;
}

async function refreshStoredPage(url: string, response: Response): Promise<void> {
  for (const cache of await storedPageCaches()) if (await cache.match(url)) await cache.put(url, response.clone());
}

/**
 * A new version of the app removes the old version's precached scripts, which the stored pages load: each
 * stored page is fetched again when the new worker takes over (kept as it was if that fails).
 */
async function refreshAllStoredPages(): Promise<void> {
  for (const cache of await storedPageCaches()) {
    for (const request of await cache.keys()) {
      try {
        const response = await fetch(request.url, { credentials: 'same-origin', cache: 'no-store' });
        if (response.ok && !response.redirected) await cache.put(request.url, response);
      } catch {
        // offline: the page stays as stored
      }
    }
  }
}

async function networkFirstPage({ request, event }: RouteHandlerCallbackOptions): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected && response.type === 'basic') {
      (event as ExtendableEvent).waitUntil(refreshStoredPage(request.url, response.clone()));
    }
    return response;
  } catch (error) {
    const stored = (await findStoredPage(request.url)) ?? (await findStoredPage(new URL(OFFLINE_PAGE, self.location.origin).href));
    if (stored) return stored;
    throw error;
  }
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true, concurrency: 4 },
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [{ matcher: ({ request }) => request.mode === 'navigate', handler: networkFirstPage }],
});

serwist.addEventListeners();
self.addEventListener('activate', (event) => event.waitUntil(refreshAllStoredPages()));
