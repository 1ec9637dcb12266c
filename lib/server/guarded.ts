// The one guarded path for writes: session → zod → permission → transaction → audit event.
// Server actions (action.ts) and route handlers (route.ts) are thin shells around runGuarded.
import type { z } from 'zod';
import { AppError, type ActionResult } from '@/lib/app-error';
import { getDb, type Tx } from '@/lib/server/db';
import { getCatalogTranslator } from '@/lib/i18n/server-translator';
import { inputFaultOf } from '@/lib/server/database-error';
import { getLogger } from '@/lib/server/logger';
import { parseInput, translate } from '@/lib/server/parse-input';
import { noteWrite } from '@/lib/server/read-your-writes';
import { currentRequestId } from '@/lib/server/request-context';
import { hasPermission, requireActor, type Actor } from '@/modules/auth/actor';
import type { Permission } from '@/modules/auth/permissions';
import { recordAuditEvent, type AuditInput } from '@/modules/audit/mutations';
import { noteAuditCommit } from '@/modules/audit/checkpoints';

export type GuardedContext = {
  actor: Actor;
  tx: Tx;
  /** Appends an event to the audit chain in this transaction. At least one is required. */
  audit: (event: AuditInput) => Promise<void>;
};

export type GuardedDefinition<S extends z.ZodType, R> = {
  schema: S;
  /** Checked first against any of the actor's roles; the row-level check happens in `run`. */
  permission: Permission;
  run: (ctx: GuardedContext, input: z.output<S>) => Promise<R>;
};

export async function runGuarded<S extends z.ZodType, R>(
  def: GuardedDefinition<S, R>,
  rawInput: unknown,
): Promise<ActionResult<R>> {
  // The same id goes into the audit events and into the log line of a failure.
  const requestId = await currentRequestId();
  try {
    const actor = await requireActor();
    // The role check needs no input: a person without the permission learns nothing of the input's rules.
    if (!hasPermission(actor, def.permission)) throw new AppError('FORBIDDEN');
    const input = await parseInput(def.schema, rawInput);
    let audited = 0;
    const data = await getDb().$transaction(
      async (tx) => {
        audited = 0;
        const audit = async (event: AuditInput) => {
          await recordAuditEvent(tx, actor.userId, { ...event, requestId });
          audited += 1;
        };
        const result = await def.run({ actor, tx, audit }, input);
        // Fail closed: a write that left no trace is rolled back.
        if (audited === 0) throw new Error('guarded write recorded no audit event');
        return result;
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
    await noteAuditCommit(getDb(), audited);
    // This browser's lag-tolerant reads now go to the primary for a moment (lib/server/read-your-writes.ts).
    await noteWrite();
    return { ok: true, data };
  } catch (error) {
    return toFailure(error, { requestId, permission: def.permission });
  }
}

async function toFailure(thrown: unknown, context: { requestId: string | null; permission: Permission }): Promise<ActionResult<never>> {
  const t = await getCatalogTranslator();
  const error = thrown instanceof AppError ? thrown : (inputFaultOf(thrown) ?? thrown);
  if (error instanceof AppError) {
    return {
      ok: false,
      code: error.code,
      message: translate(t, messageKeyOf(error), error.params) ?? t('errors.INTERNAL'),
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      ...error.details,
    };
  }
  getLogger().error({ err: error, ...context, component: 'guarded' }, 'unexpected error in a guarded call');
  return { ok: false, code: 'INTERNAL', message: t('errors.INTERNAL') };
}

/** A bare key names a message in `errors`; a dotted key is a full path (e.g. `groups.errors.x`). */
function messageKeyOf(error: AppError): string {
  return error.messageKey.includes('.') ? error.messageKey : `errors.${error.messageKey}`;
}

