// Reads for the draw page (admin only): the campaign's groups, the regions still free to draw,
// and the past draws with their pairings named from the record. Null when out of scope.
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { canManageGroups } from '@/modules/groups/access';
import { namePairings, type NamedPairing } from '@/modules/draws/rules';
import { ZDrawRecordInputs, ZDrawRecordPairings } from '@/modules/draws/schema';

function recordedPairings(inputs: unknown, pairings: unknown): NamedPairing[] {
  const parsedInputs = ZDrawRecordInputs.safeParse(inputs);
  const parsedPairings = ZDrawRecordPairings.safeParse(pairings);
  if (!parsedPairings.success) return [];
  if (!parsedInputs.success) return parsedPairings.data.map((p) => ({ ...p, groupNumber: null, groupName: p.groupId, regionName: p.regionId }));
  return namePairings(parsedInputs.data, parsedPairings.data);
}

export async function getCampaignDraws(db: Db, actor: Actor, campaignId: string) {
  if (!canManageGroups(actor)) return null;
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      name: true,
      year: true,
      status: true,
      groups: { orderBy: { number: 'asc' }, select: { id: true, number: true, name: true, _count: { select: { assessments: true, members: true } } } },
      assessments: { select: { targetRegionId: true } },
      draws: {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: { id: true, seed: true, method: true, inputs: true, pairings: true, createdAt: true, createdBy: { select: { displayName: true } } },
      },
    },
  });
  if (!campaign) return null;
  const candidates = await db.region.findMany({
    where: { level: { in: ['CITY', 'COUNTY'] }, id: { notIn: campaign.assessments.map((a) => a.targetRegionId) } },
    orderBy: { path: 'asc' },
    select: { id: true, name: true, level: true },
  });
  const { assessments: _assessed, draws, ...rest } = campaign;
  return {
    ...rest,
    candidates,
    draws: draws.map(({ inputs, pairings, ...draw }) => ({ ...draw, pairings: recordedPairings(inputs, pairings) })),
  };
}

export type CampaignDraws = NonNullable<Awaited<ReturnType<typeof getCampaignDraws>>>;
