// Reads of assessment results, always through the actor's scope (modules/results/access.ts): an assessment whose
// results the actor may not see is NOT_FOUND. The print page, the .docx report and the campaign table build on
// getAssessmentResults and findCampaignResults (their shapes are part of the results contract).
import { AppError } from '@/lib/app-error';
import { getDb, type Db } from '@/lib/server/db';
import { hasPermission, type Actor } from '@/modules/auth/actor';
import { canReadResults } from '@/modules/results/access';
import type { Grade, ResultsSnapshot } from '@/modules/results/snapshot';

export type AssessmentResultsView = {
  assessment: {
    id: string;
    campaignId: string;
    campaignName: string;
    campaignYear: number;
    groupNumber: number;
    groupName: string;
    leaderName: string | null;
    targetRegionId: string;
    targetRegionName: string;
  };
  result: {
    id: string;
    status: 'DRAFT' | 'SUBMITTED' | 'FINAL';
    version: number;
    snapshot: ResultsSnapshot;
    computedAt: Date;
    submittedAt: Date | null;
    appealDeadline: Date | null;
    finalisedAt: Date | null;
  } | null;
};

export type CampaignResultsView = {
  campaign: { id: string; name: string; year: number };
  rows: {
    assessmentId: string;
    targetRegionName: string;
    groupNumber: number;
    status: 'NONE' | 'DRAFT' | 'SUBMITTED' | 'FINAL';
    totalReported: number | null;
    totalVerified: number | null;
    gradeVerified: Grade | null;
  }[];
};

async function loadVisible(db: Db, actor: Actor, assessmentId: string) {
  const row = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      id: true,
      campaignId: true,
      groupId: true,
      targetRegionId: true,
      campaign: { select: { name: true, year: true } },
      group: { select: { number: true, name: true, members: { where: { role: 'GROUP_LEADER' }, select: { user: { select: { displayName: true } } }, take: 1 } } },
      targetRegion: { select: { name: true } },
      result: {
        select: { id: true, status: true, version: true, snapshot: true, computedAt: true, submittedAt: true, appealDeadline: true, finalisedAt: true },
      },
    },
  });
  if (!row || !hasPermission(actor, 'result.read') || !canReadResults(actor, { ...row, status: row.result?.status ?? null })) {
    throw new AppError('NOT_FOUND');
  }
  return row;
}

export async function getAssessmentResults(actor: Actor, assessmentId: string): Promise<AssessmentResultsView> {
  const row = await loadVisible(getDb(), actor, assessmentId);
  return {
    assessment: {
      id: row.id,
      campaignId: row.campaignId,
      campaignName: row.campaign.name,
      campaignYear: row.campaign.year,
      groupNumber: row.group.number,
      groupName: row.group.name,
      leaderName: row.group.members[0]?.user.displayName ?? null,
      targetRegionId: row.targetRegionId,
      targetRegionName: row.targetRegion.name,
    },
    result: row.result ? { ...row.result, snapshot: row.result.snapshot as ResultsSnapshot } : null,
  };
}

/** Every assessment of a campaign with its results' totals and grade; admins only (campaign.manage). */
export async function findCampaignResults(actor: Actor, campaignId: string): Promise<CampaignResultsView> {
  if (!hasPermission(actor, 'campaign.manage')) throw new AppError('NOT_FOUND');
  const campaign = await getDb().campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      name: true,
      year: true,
      assessments: {
        orderBy: [{ group: { number: 'asc' } }, { id: 'asc' }],
        select: { id: true, targetRegion: { select: { name: true } }, group: { select: { number: true } }, result: { select: { status: true, snapshot: true } } },
      },
    },
  });
  if (!campaign) throw new AppError('NOT_FOUND');
  return {
    campaign: { id: campaign.id, name: campaign.name, year: campaign.year },
    rows: campaign.assessments.map((a) => {
      const scores = a.result ? (a.result.snapshot as ResultsSnapshot).scores : null;
      return {
        assessmentId: a.id,
        targetRegionName: a.targetRegion.name,
        groupNumber: a.group.number,
        status: a.result?.status ?? 'NONE',
        totalReported: scores?.totalReported ?? null,
        totalVerified: scores?.totalVerified ?? null,
        gradeVerified: scores?.gradeVerified ?? null,
      };
    }),
  };
}

const NAME = { select: { displayName: true } } as const;

/** What the results page shows beside the snapshot: appeals with their answers, re-openings, the findings' appeals. */
export async function getResultsActivity(actor: Actor, assessmentId: string) {
  const db = getDb();
  const row = await loadVisible(db, actor, assessmentId);
  const resultId = row.result?.id ?? '';
  const [appeals, reopenings, indicators, findingAppeals] = await Promise.all([
    db.resultAppeal.findMany({
      where: { resultId },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        reason: true,
        submittedAt: true,
        decision: true,
        answerNote: true,
        answeredAt: true,
        submittedBy: NAME,
        answeredBy: NAME,
        indicator: { select: { id: true, code: true, name: true } },
        attachments: { select: { id: true, fileName: true }, orderBy: { createdAt: 'asc' } },
      },
    }),
    db.resultReopening.findMany({
      where: { resultId },
      orderBy: [{ reopenedAt: 'asc' }, { id: 'asc' }],
      select: { id: true, fromStatus: true, toStatus: true, reason: true, reopenedAt: true, reopenedBy: NAME },
    }),
    db.indicator.findMany({ where: { campaignId: row.campaignId }, orderBy: [{ position: 'asc' }, { code: 'asc' }], select: { id: true, code: true, name: true, weight: true } }),
    db.findingAppeal.findMany({
      where: { finding: { assessmentId } },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      select: { id: true, decision: true, submittedAt: true, finding: { select: { id: true, title: true } } },
    }),
  ]);
  return {
    appeals,
    reopenings,
    indicators: indicators.map((i) => ({ ...i, weight: Number(i.weight) })),
    // Officials see the appeals of findings issued to them on the finding's own page; the link is enough here.
    findingAppeals,
    groupId: row.groupId,
    targetRegionId: row.targetRegionId,
  };
}
export type ResultsActivity = Awaited<ReturnType<typeof getResultsActivity>>;

export async function getResultAppealAttachment(db: Db, actor: Actor, assessmentId: string, attachmentId: string) {
  try {
    await loadVisible(db, actor, assessmentId);
  } catch {
    return null;
  }
  return db.attachment.findFirst({
    where: { id: attachmentId, resultAppeal: { result: { assessmentId } } },
    select: { sha256: true, fileName: true, mimeType: true },
  });
}
