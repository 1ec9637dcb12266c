// Photos of checks not yet sent, in IndexedDB: they survive a reload and wait in the queue while
// the connection is down (localStorage is far too small for photos). Where IndexedDB is not
// available (some private modes), photos are kept in memory only, for as long as the page is open.

export type StoredPhoto = { id: string; name: string; blob: Blob };

const DB_NAME = 'household-checks';
const STORE = 'photos';
const memory = new Map<string, StoredPhoto>();

function open(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  if (!db) return undefined;
  return new Promise((resolve) => {
    const tx = db.transaction(STORE, mode);
    const request = work(tx.objectStore(STORE));
    tx.oncomplete = () => {
      db.close();
      resolve(request ? request.result : undefined);
    };
    tx.onerror = tx.onabort = () => {
      db.close();
      resolve(undefined);
    };
  });
}

export async function savePhoto(photo: StoredPhoto): Promise<void> {
  memory.set(photo.id, photo);
  await run('readwrite', (store) => void store.put(photo));
}

export async function loadPhotos(ids: readonly string[]): Promise<StoredPhoto[]> {
  const found: StoredPhoto[] = [];
  for (const id of ids) {
    const photo = memory.get(id) ?? (await run<StoredPhoto | undefined>('readonly', (store) => store.get(id)));
    if (photo) found.push(photo);
  }
  return found;
}

export async function deletePhotos(ids: readonly string[]): Promise<void> {
  for (const id of ids) memory.delete(id);
  await run('readwrite', (store) => {
    for (const id of ids) store.delete(id);
  });
}
