// Who may administer people: the assessment office only. Accounts are province-wide, so there is
// no row scope beyond the permission; both the permission table and the global role are required,
// so a scoped role granted the permission by mistake still fails.
import { AppError } from '@/lib/app-error';
import { hasPermission, isAdmin, type Actor } from '@/modules/auth/actor';

export function canManageUsers(actor: Actor): boolean {
  return isAdmin(actor) && hasPermission(actor, 'user.manage');
}

export function assertCanManageUsers(actor: Actor): void {
  if (!canManageUsers(actor)) throw new AppError('FORBIDDEN');
}
