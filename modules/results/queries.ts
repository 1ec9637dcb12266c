// TEMP stand-in for the results queries (contract item 7): the results workflow helper (C1) writes
// the real module. Same names, types and signatures; reads nothing and answers NOT_FOUND.
// The integrator drops this commit when merging C1's branch.
import { AppError } from '@/lib/app-error';
import type { Actor } from '@/modules/auth/actor';
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

export async function getAssessmentResults(actor: Actor, assessmentId: string): Promise<AssessmentResultsView> {
  void actor;
  void assessmentId;
  throw new AppError('NOT_FOUND');
}

export async function findCampaignResults(actor: Actor, campaignId: string): Promise<CampaignResultsView> {
  void actor;
  void campaignId;
  throw new AppError('NOT_FOUND');
}
