// What the field app keeps on a device, tied to who is signed in: on sign-in, other users' prepared
// visits and stored pages go; on sign-out, the user's own go too. Failures are swallowed: storage
// that cannot be opened holds nothing to clear, and sign-out must never be blocked by it.
import { dropStoredPages } from '@/lib/offline/page-cache';
import { deleteOtherOwnersVisits, deleteOwnerVisits } from '@/lib/offline/prepared-visits';

const quietly = (work: Promise<void>) => work.catch(() => undefined);

export async function keepOnlyOwnerData(ownerId: string): Promise<void> {
  await Promise.all([quietly(dropStoredPages(ownerId)), quietly(deleteOtherOwnersVisits(ownerId))]);
}

export async function forgetOwnerData(ownerId: string | null): Promise<void> {
  await Promise.all([quietly(dropStoredPages(null)), ownerId ? quietly(deleteOwnerVisits(ownerId)) : Promise.resolve()]);
}
