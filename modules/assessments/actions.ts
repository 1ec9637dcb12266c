'use server';
// Assessment server actions: each one is the guarded wrapper around a mutation.
import { action } from '@/lib/server/action';
import { ZTransitionAssessmentInput } from '@/modules/assessments/schema';
import { transitionAssessment } from '@/modules/assessments/mutations';

export const transitionAssessmentAction = action({
  schema: ZTransitionAssessmentInput,
  permission: 'assessment.transition',
  run: transitionAssessment,
  revalidate: ['/'],
});
