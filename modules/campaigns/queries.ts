// Reads of campaigns. Campaigns are not regional data: every signed-in role with
// campaign.read sees the list; admins see progress across all regions.
import { resultsConfigOf } from '@/modules/results/config';
import type { Db, Tx } from '@/lib/server/db';
import type { StartReadinessFacts } from '@/modules/campaigns/rules';
import type { AssessmentStatus, CampaignStatus } from '@/lib/generated/prisma/enums';
import { hasPermission, type Actor } from '@/modules/auth/actor';

export type CampaignProgress = {
  id: string;
  name: string;
  year: number;
  periodStart: Date;
  periodEnd: Date;
  status: CampaignStatus;
  groups: number;
  assessments: number;
  byStatus: Partial<Record<AssessmentStatus, number>>;
};

const SUMMARY_SELECT = {
  id: true,
  name: true,
  year: true,
  periodStart: true,
  periodEnd: true,
  status: true,
  _count: { select: { groups: true, assessments: true } },
} as const;

type AssessmentCount = { campaignId: string; status: AssessmentStatus; count: number };

async function countAssessments(db: Db, campaignIds?: string[]): Promise<AssessmentCount[]> {
  const rows = await db.assessment.groupBy({
    by: ['campaignId', 'status'],
    where: campaignIds ? { campaignId: { in: campaignIds } } : {},
    _count: { _all: true },
  });
  return rows.map((row) => ({ campaignId: row.campaignId, status: row.status, count: row._count._all }));
}

function withProgress(
  campaign: { id: string; _count: { groups: number; assessments: number } } & Omit<CampaignProgress, 'groups' | 'assessments' | 'byStatus'>,
  counts: AssessmentCount[],
): CampaignProgress {
  const { _count, ...fields } = campaign;
  return {
    ...fields,
    groups: _count.groups,
    assessments: _count.assessments,
    byStatus: Object.fromEntries(counts.filter((row) => row.campaignId === campaign.id).map((row) => [row.status, row.count])),
  };
}

/** Newest year first; optionally only campaigns in one status. */
export async function findCampaignsWithProgress(
  db: Db,
  actor: Actor,
  filter: { status?: CampaignStatus } = {},
): Promise<CampaignProgress[]> {
  if (!hasPermission(actor, 'campaign.read')) return [];
  const [campaigns, counts] = await Promise.all([
    db.campaign.findMany({
      where: filter.status ? { status: filter.status } : {},
      orderBy: [{ year: 'desc' }, { name: 'asc' }],
      select: SUMMARY_SELECT,
    }),
    countAssessments(db),
  ]);
  return campaigns.map((c) => withProgress(c, counts));
}

/** One campaign with its details and progress, or null when missing or not readable by the actor. */
export async function getCampaign(db: Db, actor: Actor, id: string) {
  if (!hasPermission(actor, 'campaign.read')) return null;
  const campaign = await db.campaign.findUnique({
    where: { id },
    select: { ...SUMMARY_SELECT, description: true, version: true, _count: { select: { groups: true, assessments: true, indicators: true } } },
  });
  if (!campaign) return null;
  return { ...withProgress(campaign, await countAssessments(db, [id])), description: campaign.description, version: campaign.version, indicators: campaign._count.indicators };
}

export type CampaignDetail = NonNullable<Awaited<ReturnType<typeof getCampaign>>>;

/** The facts that decide whether a draft campaign may start (modules/campaigns/rules.ts findStartGaps). */
export async function loadStartReadinessFacts(db: Db | Tx, campaignId: string): Promise<StartReadinessFacts> {
  // One after the other: inside a transaction the queries share one connection anyway.
  const indicatorCount = await db.indicator.count({ where: { campaignId } });
  const groups = await db.assessmentGroup.findMany({
    where: { campaignId },
    select: { number: true, _count: { select: { assessments: true, members: { where: { role: 'GROUP_LEADER' } } } } },
  });
  return {
    indicatorCount,
    groups: groups.map((g) => ({ number: g.number, leaderCount: g._count.members, targetCount: g._count.assessments })),
  };
}

/** A campaign's results parameters (the defaults until an admin sets them), with the version that guards a save. */
export async function getCampaignResultsConfig(db: Db, actor: Actor, campaignId: string) {
  if (!hasPermission(actor, 'campaign.read')) return null;
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { version: true, resultsConfig: true } });
  return campaign ? { version: campaign.version, config: resultsConfigOf(campaign.resultsConfig), stored: campaign.resultsConfig !== null } : null;
}
