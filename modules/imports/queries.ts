// Reads of import jobs for the page that follows them: one job by id, or the newest of a kind for a
// target (so a reload shows the import still running, or how the last one ended).
import type { Db } from '@/lib/server/db';
import type { ImportJobKind } from '@/lib/generated/prisma/enums';
import type { Actor } from '@/modules/auth/actor';
import { importJobScope } from '@/modules/imports/access';

const JOB_SELECT = {
  id: true,
  kind: true,
  state: true,
  fileName: true,
  phase: true,
  progressDone: true,
  progressTotal: true,
  cancelRequested: true,
  rowCount: true,
  issueCount: true,
  outcome: true,
  createdAt: true,
  finishedAt: true,
} as const;

export function getImportJob(db: Db, actor: Actor, jobId: string) {
  return db.importJob.findFirst({ where: { id: jobId, ...importJobScope(actor) }, select: JOB_SELECT });
}

export function findLatestImportJob(db: Db, actor: Actor, kind: ImportJobKind, targetId: string) {
  return db.importJob.findFirst({ where: { kind, targetId, ...importJobScope(actor) }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: JOB_SELECT });
}

export type ImportJobRow = NonNullable<Awaited<ReturnType<typeof getImportJob>>>;
