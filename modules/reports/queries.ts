// Reads of work reports.
import type { Db } from '@/lib/server/db';
import { rolesWith, type Actor } from '@/modules/auth/actor';
import { subtreeWhere } from '@/modules/regions/access';

/** Reports an official still has to write or correct: drafts and returned reports of their regions. */
export function findOpenReportTasks(db: Db, actor: Actor) {
  const paths = rolesWith(actor, 'report.write').flatMap((r) => (r.role === 'OFFICIAL' && r.regionPath ? [r.regionPath] : []));
  if (paths.length === 0) return Promise.resolve([]);
  return db.workReport.findMany({
    where: { status: { in: ['DRAFT', 'RETURNED'] }, reportingRegion: { OR: paths.map(subtreeWhere) } },
    orderBy: [{ deadline: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      deadline: true,
      assessmentId: true,
      reportingRegion: { select: { name: true } },
    },
    take: 50,
  });
}
