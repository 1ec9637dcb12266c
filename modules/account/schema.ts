// Inputs for one's own account: a password change (the current password is required), the e-mail
// address for notifications, and "sign out everywhere". Password lengths are checked again by the
// password policy with its own messages.
import { z } from 'zod';
import { zVersion } from '@/lib/zod-numbers';
import { ZEmailAddress } from '@/modules/users/schema';

export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
  confirmPassword: z.string().min(1).max(200),
});
export type TChangePasswordInput = z.input<typeof ZChangePasswordInput>;

export const ZSignOutEverywhereInput = z.object({});

/** One's own address for notification mail; empty removes it. */
export const ZUpdateOwnEmailInput = z.object({ email: ZEmailAddress, version: zVersion() });
export type TUpdateOwnEmailInput = z.input<typeof ZUpdateOwnEmailInput>;
