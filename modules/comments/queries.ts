// Reads of comments on a work report, through the report's scope: top-level comments in the
// order they were made, each with its replies.
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { reportScope } from '@/modules/reports/access';

const COMMENT_SELECT = {
  id: true,
  body: true,
  anchor: true,
  revision: true,
  createdAt: true,
  author: { select: { displayName: true, title: true } },
} as const;

export function findReportComments(db: Db, actor: Actor, reportId: string) {
  return db.comment.findMany({
    where: { workReportId: reportId, parentId: null, workReport: reportScope(actor) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { ...COMMENT_SELECT, replies: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: COMMENT_SELECT } },
  });
}

export type ReportComment = Awaited<ReturnType<typeof findReportComments>>[number];
