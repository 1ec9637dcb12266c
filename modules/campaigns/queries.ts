// Reads of campaigns. Campaigns are not regional data: every signed-in role with
// campaign.read sees the list; admins see progress across all regions.
import type { Db } from '@/lib/server/db';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';
import { hasPermission, type Actor } from '@/modules/auth/actor';

export type CampaignProgress = {
  id: string;
  name: string;
  year: number;
  status: 'DRAFT' | 'ACTIVE' | 'CLOSED';
  groups: number;
  assessments: number;
  byStatus: Partial<Record<AssessmentStatus, number>>;
};

export async function findCampaignsWithProgress(db: Db, actor: Actor): Promise<CampaignProgress[]> {
  if (!hasPermission(actor, 'campaign.read')) return [];
  const [campaigns, counts] = await Promise.all([
    db.campaign.findMany({
      orderBy: [{ year: 'desc' }, { name: 'asc' }],
      select: { id: true, name: true, year: true, status: true, _count: { select: { groups: true, assessments: true } } },
    }),
    db.assessment.groupBy({ by: ['campaignId', 'status'], _count: { _all: true } }),
  ]);
  return campaigns.map((c) => ({
    id: c.id,
    name: c.name,
    year: c.year,
    status: c.status,
    groups: c._count.groups,
    assessments: c._count.assessments,
    byStatus: Object.fromEntries(
      counts.filter((row) => row.campaignId === c.id).map((row) => [row.status, row._count._all]),
    ),
  }));
}
