// The office must never lose its last active admin: no one could then manage people at all.
// Admin role rows are locked first, so two admins removing each other at the same moment run one
// after the other and the second sees the first's change.
import { AppError } from '@/lib/app-error';
import type { Tx } from '@/lib/server/db';

/** Refuses when no other active admin would remain without this person or this role assignment. */
export async function assertAdminRemains(tx: Tx, without: { userId: string } | { assignmentId: string }): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "RoleAssignment" WHERE role = 'ADMIN'::"Role" FOR UPDATE`;
  const remaining = await tx.user.count({
    where: {
      isActive: true,
      ...('userId' in without ? { NOT: { id: without.userId } } : {}),
      roleAssignments: { some: { role: 'ADMIN', ...('assignmentId' in without ? { NOT: { id: without.assignmentId } } : {}) } },
    },
  });
  if (remaining === 0) throw new AppError('RULE_VIOLATION', { messageKey: 'users.errors.lastAdmin' });
}
