// Reads of assessments, always through the actor's scope.
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { assessmentScope } from '@/modules/assessments/access';

const LIST_SELECT = {
  id: true,
  status: true,
  updatedAt: true,
  campaign: { select: { id: true, name: true, year: true } },
  group: { select: { id: true, number: true, name: true } },
  targetRegion: { select: { id: true, name: true, level: true } },
} as const;

export function findAssessments(db: Db, actor: Actor) {
  return db.assessment.findMany({
    where: assessmentScope(actor, 'assessment.read'),
    orderBy: [{ campaign: { year: 'desc' } }, { group: { number: 'asc' } }, { targetRegion: { code: 'asc' } }],
    select: LIST_SELECT,
    take: 200,
  });
}

export type AssessmentListItem = Awaited<ReturnType<typeof findAssessments>>[number];

/** One assessment with what its hub page shows, or null when it does not exist or is out of scope. */
export function getAssessment(db: Db, actor: Actor, id: string) {
  return db.assessment.findFirst({
    where: { AND: [{ id }, assessmentScope(actor, 'assessment.read')] },
    select: {
      ...LIST_SELECT,
      group: {
        select: {
          id: true,
          number: true,
          name: true,
          members: {
            where: { role: { in: ['GROUP_LEADER', 'ASSESSOR'] } },
            orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
            select: { role: true, user: { select: { id: true, displayName: true, title: true, homeRegion: { select: { name: true } } } } },
          },
        },
      },
      meetings: {
        orderBy: { startsAt: 'asc' },
        select: { id: true, title: true, startsAt: true, place: true, kind: true },
      },
    },
  });
}

export type AssessmentDetail = NonNullable<Awaited<ReturnType<typeof getAssessment>>>;
