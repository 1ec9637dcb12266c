'use server';
// Rectification server actions (the proof of completion carries files: see
// modules/findings/route-handlers.ts).
import { action } from '@/lib/server/action';
import { addProgressUpdate, revisePlan, submitPlan } from '@/modules/rectifications/mutations';
import { ZAddProgressInput, ZRevisePlanInput, ZSubmitPlanInput } from '@/modules/rectifications/schema';

const REVALIDATE = ['/findings', '/assessments'];

export const submitPlanAction = action({ schema: ZSubmitPlanInput, permission: 'rectification.write', run: submitPlan, revalidate: REVALIDATE });

export const revisePlanAction = action({ schema: ZRevisePlanInput, permission: 'rectification.write', run: revisePlan, revalidate: REVALIDATE });

export const addProgressUpdateAction = action({ schema: ZAddProgressInput, permission: 'rectification.write', run: addProgressUpdate, revalidate: REVALIDATE });
