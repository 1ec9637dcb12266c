// Reads for the groups page (admin only): a campaign's groups with leader, members and targets,
// and the people and regions the forms offer. Null when the actor may not manage groups.
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { canManageGroups } from '@/modules/groups/access';

const PERSON_SELECT = { id: true, username: true, displayName: true, title: true, homeRegion: { select: { name: true } } } as const;

export async function getCampaignGroups(db: Db, actor: Actor, campaignId: string) {
  if (!canManageGroups(actor)) return null;
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      name: true,
      year: true,
      status: true,
      groups: {
        orderBy: { number: 'asc' },
        select: {
          id: true,
          number: true,
          name: true,
          version: true,
          members: {
            where: { role: { in: ['GROUP_LEADER', 'ASSESSOR'] } },
            orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
            select: { role: true, user: { select: PERSON_SELECT } },
          },
          assessments: {
            orderBy: { targetRegion: { path: 'asc' } },
            select: {
              id: true,
              status: true,
              version: true,
              drawId: true,
              targetRegion: { select: { id: true, name: true, level: true } },
              _count: { select: { meetings: true, workReports: true, siteVisits: true, findings: true } },
            },
          },
        },
      },
    },
  });
  return campaign;
}

export type CampaignGroups = NonNullable<Awaited<ReturnType<typeof getCampaignGroups>>>;
export type GroupItem = CampaignGroups['groups'][number];

/** Active people, by name, for the leader and member pickers. */
export async function findPeopleOptions(db: Db, actor: Actor) {
  if (!canManageGroups(actor)) return [];
  return db.user.findMany({ where: { isActive: true }, orderBy: [{ displayName: 'asc' }, { username: 'asc' }], select: PERSON_SELECT, take: 2000 });
}

export type PersonOption = Awaited<ReturnType<typeof findPeopleOptions>>[number];

/** Regions down to towns, in tree order (home regions; targets are picked among cities and counties). */
export async function findRegionOptions(db: Db, actor: Actor) {
  if (!canManageGroups(actor)) return [];
  return db.region.findMany({
    where: { level: { in: ['PROVINCE', 'CITY', 'COUNTY', 'TOWN'] } },
    orderBy: { path: 'asc' },
    select: { id: true, name: true, level: true },
    take: 5000,
  });
}

export type RegionOption = Awaited<ReturnType<typeof findRegionOptions>>[number];
