'use server';
// Sampling server actions: draw a visit's sample, verify a recorded one, set a campaign's rules.
import { action } from '@/lib/server/action';
import { drawVisitSample, verifySample } from '@/modules/sampling/mutations';
import { updateSamplingRules } from '@/modules/sampling/rules-mutations';
import { ZDrawSampleInput, ZUpdateSamplingRulesInput, ZVerifySampleInput } from '@/modules/sampling/schema';

export const drawSampleAction = action({
  schema: ZDrawSampleInput,
  permission: 'siteVisit.manage',
  run: drawVisitSample,
  revalidate: ['/site-visits'],
});

export const verifySampleAction = action({
  schema: ZVerifySampleInput,
  permission: 'siteVisit.read',
  run: verifySample,
});

export const updateSamplingRulesAction = action({
  schema: ZUpdateSamplingRulesInput,
  permission: 'campaign.manage',
  run: updateSamplingRules,
  revalidate: ['/campaigns', '/assessments'],
});
