// Pages stored on the device for opening offline, one Cache Storage cache per signed-in user (pages
// hold that user's data). The service worker (service-worker/sw.ts) answers a navigation from these
// only when the network fails; online, every page comes from the server.

const PREFIX = 'field-pages:';

/** Shown offline in place of a page that was not stored: the visits that were (app/(app)/offline). */
export const OFFLINE_PAGE = '/offline';
/** Stored with every prepared visit: the home page (where the installed app starts) and the offline page. */
export const SHELL_PAGES = ['/', OFFLINE_PAGE];

export const isPageCacheName = (name: string) => name.startsWith(PREFIX);
const pageCacheName = (ownerId: string) => `${PREFIX}${ownerId}`;

/** Fetches each page from the server and stores it; returns the URLs stored (a refused or redirected page is not). */
export async function storePages(ownerId: string, urls: readonly string[]): Promise<string[]> {
  const cache = await caches.open(pageCacheName(ownerId));
  const stored: string[] = [];
  for (const url of urls) {
    const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok || response.redirected) continue;
    await cache.put(url, response);
    stored.push(url);
  }
  return stored;
}

/** Deletes the stored pages of everyone but this user (at sign-in), or of everyone (owner null, at sign-out). */
export async function dropStoredPages(keepOwnerId: string | null): Promise<void> {
  if (typeof caches === 'undefined') return;
  const names = (await caches.keys()).filter((n) => isPageCacheName(n) && n !== (keepOwnerId && pageCacheName(keepOwnerId)));
  await Promise.all(names.map((n) => caches.delete(n)));
}
