// Inputs for one's own account: a password change (the current password is required) and
// "sign out everywhere". Lengths are checked again by the password policy with its own messages.
import { z } from 'zod';

export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
  confirmPassword: z.string().min(1).max(200),
});
export type TChangePasswordInput = z.input<typeof ZChangePasswordInput>;

export const ZSignOutEverywhereInput = z.object({});
