// The one guarded path for writes: session → zod → permission → transaction → audit event.
// Server actions (action.ts) and route handlers (route.ts) are thin shells around runGuarded.
import type { z } from 'zod';
import { AppError, type ActionResult, type FieldErrors } from '@/lib/app-error';
import { getDb, type Tx } from '@/lib/server/db';
import { getServerTranslator, type ServerTranslator } from '@/lib/i18n/server-translator';
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
  try {
    const actor = await requireActor();
    const parsed = def.schema.safeParse(rawInput);
    if (!parsed.success) {
      throw new AppError('INVALID_INPUT', { fieldErrors: await toFieldErrors(parsed.error) });
    }
    if (!hasPermission(actor, def.permission)) throw new AppError('FORBIDDEN');
    let audited = 0;
    const data = await getDb().$transaction(
      async (tx) => {
        audited = 0;
        const audit = async (event: AuditInput) => {
          await recordAuditEvent(tx, actor.userId, event);
          audited += 1;
        };
        const result = await def.run({ actor, tx, audit }, parsed.data);
        // Fail closed: a write that left no trace is rolled back.
        if (audited === 0) throw new Error('guarded write recorded no audit event');
        return result;
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
    await noteAuditCommit(getDb(), audited);
    return { ok: true, data };
  } catch (error) {
    return toFailure(error);
  }
}

async function toFailure(error: unknown): Promise<ActionResult<never>> {
  const t = await getServerTranslator();
  if (error instanceof AppError) {
    return {
      ok: false,
      code: error.code,
      message: translate(t, messageKeyOf(error), error.params) ?? t('errors.INTERNAL'),
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
    };
  }
  console.error('[guarded] unexpected error', error);
  return { ok: false, code: 'INTERNAL', message: t('errors.INTERNAL') };
}

/** A bare key names a message in `errors`; a dotted key is a full path (e.g. `groups.errors.x`). */
function messageKeyOf(error: AppError): string {
  return error.messageKey.includes('.') ? error.messageKey : `errors.${error.messageKey}`;
}

function translate(t: ServerTranslator, key: string, params: Record<string, string | number> = {}): string | null {
  const translateAny = t as unknown as { has: (k: string) => boolean } & ((k: string, p?: object) => string);
  return translateAny.has(key) ? translateAny(key, params) : null;
}

/** zod issues → field path → translated messages (validation.<code> in the catalogs). */
export async function toFieldErrors(error: z.ZodError): Promise<FieldErrors> {
  const t = await getServerTranslator();
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_';
    const params = issueParams(issue);
    const message =
      (issue.code === 'custom' ? translate(t, `validation.${issue.message}`, params) : null) ??
      translate(t, `validation.${params.kind}`, params) ??
      issue.message;
    (out[field] ??= []).push(message);
  }
  return out;
}

function issueParams(issue: z.core.$ZodIssue): Record<string, string | number> & { kind: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { kind: issue.input === undefined || issue.input === null ? 'required' : 'invalid_type' };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { kind: 'required' };
      return { kind: `too_small_${issue.origin === 'string' ? 'string' : 'number'}`, minimum: Number(issue.minimum) };
    case 'too_big':
      return { kind: `too_big_${issue.origin === 'string' ? 'string' : 'number'}`, maximum: Number(issue.maximum) };
    case 'invalid_format':
      return { kind: 'invalid_format' };
    case 'invalid_value':
      return { kind: 'invalid_value' };
    default:
      return { kind: issue.code };
  }
}
