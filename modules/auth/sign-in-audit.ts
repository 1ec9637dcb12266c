// Sign-ins, failed sign-ins and sign-outs in the audit trail. They happen before (or after) there
// is an actor, so they cannot go through the guarded path; each is its own small transaction.
import type { Db } from '@/lib/server/db';
import { recordAuditEvent, type AuditInput } from '@/modules/audit/mutations';
import { noteAuditCommit } from '@/modules/audit/checkpoints';

/** Enough of a mistyped name to recognise it; never a password. */
const TYPED_USERNAME_MAX = 64;

/** The request that signed in or out (its X-Request-Id), or null outside a request. */
type RequestId = string | null;

async function recordAlone(db: Db, actorId: string | null, event: AuditInput): Promise<void> {
  await db.$transaction((tx) => recordAuditEvent(tx, actorId, event));
  await noteAuditCommit(db, 1);
}

export function recordSignIn(db: Db, userId: string, requestId: RequestId = null): Promise<void> {
  return recordAlone(db, userId, { action: 'auth.signIn', entityType: 'User', entityId: userId, requestId });
}

export function recordSignOut(db: Db, userId: string, requestId: RequestId = null): Promise<void> {
  return recordAlone(db, userId, { action: 'auth.signOut', entityType: 'User', entityId: userId, requestId });
}

/** The username as typed (whether or not such a user exists), cut short and made storable. */
export function recordFailedSignIn(db: Db, typedUsername: unknown, requestId: RequestId = null): Promise<void> {
  // jsonb refuses NUL and lone surrogates; whatever the visitor typed must still be recorded.
  const username = (typeof typedUsername === 'string' ? typedUsername : '')
    .replaceAll('\0', '')
    .slice(0, TYPED_USERNAME_MAX)
    .toWellFormed();
  return recordAlone(db, null, { action: 'auth.signInFailed', entityType: 'User', entityId: '', data: { username }, requestId });
}
