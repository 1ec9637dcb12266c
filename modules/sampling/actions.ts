'use server';
// Sampling server actions: draw a visit's sample, verify a recorded one.
import { action } from '@/lib/server/action';
import { drawVisitSample, verifySample } from '@/modules/sampling/mutations';
import { ZDrawSampleInput, ZVerifySampleInput } from '@/modules/sampling/schema';

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
