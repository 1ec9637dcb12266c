// Signing out of this browser: the user's offline data goes first, so the next person on the device
// never finds it, then the session ends and the login page opens.
import { signOutTo } from '@/lib/auth-client';
import { forgetOwnerData } from '@/lib/offline/device-data';

export async function signOutHere(ownerId: string | null): Promise<void> {
  await forgetOwnerData(ownerId);
  await signOutTo('/login');
}
