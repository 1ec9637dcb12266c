// The admin's audit log: events newest first, filtered by person, kind of record and days, paged by
// keyset on the event id (the (actorId, id) and (entityType, entityId, id) indexes serve the filters).
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/server/db';
import { localDayBounds } from '@/lib/local-time';
import { readChanges } from '@/modules/audit/changes';
import type { AuditLogParams } from '@/modules/audit/log-params';

export const AUDIT_LOG_PAGE = 50;

export function auditLogWhere(params: AuditLogParams): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (params.personId) and.push({ actorId: params.personId });
  if (params.kind) and.push({ entityType: params.kind });
  const from = params.from ? localDayBounds(params.from) : null;
  const to = params.to ? localDayBounds(params.to) : null;
  if (from) and.push({ at: { gte: from.start } });
  if (to) and.push({ at: { lte: to.end } });
  if (params.before !== null) and.push({ id: { lt: params.before } });
  return { AND: and };
}

export async function findAuditLog(db: Db, params: AuditLogParams) {
  const rows = await db.auditEvent.findMany({
    where: auditLogWhere(params),
    orderBy: { id: 'desc' },
    take: AUDIT_LOG_PAGE + 1,
    select: { id: true, at: true, action: true, entityType: true, entityId: true, data: true, actor: { select: { displayName: true } } },
  });
  const shown = rows.slice(0, AUDIT_LOG_PAGE).map(({ data, actor, id, ...row }) => ({ ...row, id: id.toString(), actor: actor?.displayName ?? null, changes: readChanges(data) }));
  const last = rows[AUDIT_LOG_PAGE - 1];
  return { rows: shown, nextBefore: rows.length > AUDIT_LOG_PAGE && last ? last.id : null };
}

export type AuditLogRow = Awaited<ReturnType<typeof findAuditLog>>['rows'][number];

/** The people the person filter offers: everyone with an account, by name. */
export function findAuditPeople(db: Db) {
  return db.user.findMany({ orderBy: [{ displayName: 'asc' }, { id: 'asc' }], take: 1000, select: { id: true, displayName: true, username: true } });
}
