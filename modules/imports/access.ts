// Who may follow or cancel an import job: the person who uploaded it, and admins. Anyone else gets
// NOT_FOUND, as for any row out of sight.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/modules/auth/actor';

export function importJobScope(actor: Actor): Prisma.ImportJobWhereInput {
  return actor.roles.some((r) => r.role === 'ADMIN') ? {} : { requestedById: actor.userId };
}
