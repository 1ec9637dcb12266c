// The results queries for pages: a record the actor may not see (AppError NOT_FOUND) becomes null,
// which the page turns into its 404; any other error is left to the error page.
import { AppError } from '@/lib/app-error';
import type { Actor } from '@/modules/auth/actor';
import { findCampaignResults, getAssessmentResults, type AssessmentResultsView, type CampaignResultsView } from '@/modules/results/queries';

async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export function readAssessmentResults(actor: Actor, assessmentId: string): Promise<AssessmentResultsView | null> {
  return orNull(getAssessmentResults(actor, assessmentId));
}

export function readCampaignResults(actor: Actor, campaignId: string): Promise<CampaignResultsView | null> {
  return orNull(findCampaignResults(actor, campaignId));
}
