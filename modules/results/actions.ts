'use server';
// Results server actions: each one is the guarded wrapper around a mutation. The appeal (which carries files)
// goes through the route handler in route-handlers.ts.
import { action } from '@/lib/server/action';
import { answerResultAppeal } from '@/modules/results/appeal-mutations';
import {
  computeAssessmentResults,
  finaliseAssessmentResults,
  reopenAssessmentResults,
  setManualScore,
  submitAssessmentResults,
} from '@/modules/results/mutations';
import { ZAnswerAppealInput, ZComputeResultsInput, ZReopenResultsInput, ZResultStepInput, ZSetManualScoreInput } from '@/modules/results/schema';

const REVALIDATE = ['/assessments'];

export const computeResultsAction = action({ schema: ZComputeResultsInput, permission: 'result.compute', run: computeAssessmentResults, revalidate: REVALIDATE });

export const setManualScoreAction = action({ schema: ZSetManualScoreInput, permission: 'result.compute', run: setManualScore, revalidate: REVALIDATE });

export const submitResultsAction = action({ schema: ZResultStepInput, permission: 'result.compute', run: submitAssessmentResults, revalidate: REVALIDATE });

export const answerResultAppealAction = action({ schema: ZAnswerAppealInput, permission: 'result.compute', run: answerResultAppeal, revalidate: REVALIDATE });

export const finaliseResultsAction = action({ schema: ZResultStepInput, permission: 'result.finalise', run: finaliseAssessmentResults, revalidate: REVALIDATE });

export const reopenResultsAction = action({ schema: ZReopenResultsInput, permission: 'result.finalise', run: reopenAssessmentResults, revalidate: REVALIDATE });
