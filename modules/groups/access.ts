// Who may change assessment groups, their members and targets, and draw by lot: the assessment
// office only. Groups are province-wide, so there is no row scope beyond the permission.
import { AppError } from '@/lib/app-error';
import { hasPermission, isAdmin, type Actor } from '@/modules/auth/actor';

export function canManageGroups(actor: Actor): boolean {
  // Both the permission table and the global role, so a scoped role granted it by mistake still fails.
  return isAdmin(actor) && hasPermission(actor, 'group.manage');
}

export function assertCanManageGroups(actor: Actor): void {
  if (!canManageGroups(actor)) throw new AppError('FORBIDDEN');
}
