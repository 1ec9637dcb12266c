'use server';
// Finding server actions: each one is the guarded wrapper around a mutation. Uploads and the
// appeal (which carries files) go through the route handlers in route-handlers.ts.
import { action } from '@/lib/server/action';
import { removeFindingEvidence } from '@/modules/findings/evidence-mutations';
import { bulkFindings, closeFinding, confirmFinding, decideAppeal, issueFinding, returnFinding } from '@/modules/findings/lifecycle-mutations';
import { createFinding, updateFinding } from '@/modules/findings/mutations';
import {
  ZBulkFindingsInput,
  ZCloseFindingInput,
  ZCreateFindingInput,
  ZDecideAppealInput,
  ZFindingStepInput,
  ZIssueFindingInput,
  ZRemoveEvidenceInput,
  ZReturnFindingInput,
  ZUpdateFindingInput,
} from '@/modules/findings/schema';

const REVALIDATE = ['/findings', '/assessments'];

export const createFindingAction = action({ schema: ZCreateFindingInput, permission: 'finding.write', run: createFinding, revalidate: REVALIDATE });

export const updateFindingAction = action({ schema: ZUpdateFindingInput, permission: 'finding.write', run: updateFinding, revalidate: REVALIDATE });

export const removeFindingEvidenceAction = action({ schema: ZRemoveEvidenceInput, permission: 'finding.write', run: removeFindingEvidence, revalidate: REVALIDATE });

export const confirmFindingAction = action({ schema: ZFindingStepInput, permission: 'finding.confirm', run: confirmFinding, revalidate: REVALIDATE });

export const issueFindingAction = action({ schema: ZIssueFindingInput, permission: 'finding.confirm', run: issueFinding, revalidate: REVALIDATE });

export const decideAppealAction = action({ schema: ZDecideAppealInput, permission: 'finding.confirm', run: decideAppeal, revalidate: REVALIDATE });

export const closeFindingAction = action({ schema: ZCloseFindingInput, permission: 'finding.verify', run: closeFinding, revalidate: REVALIDATE });

export const returnFindingAction = action({ schema: ZReturnFindingInput, permission: 'finding.verify', run: returnFinding, revalidate: REVALIDATE });

export const bulkFindingsAction = action({ schema: ZBulkFindingsInput, permission: 'finding.confirm', run: bulkFindings, revalidate: REVALIDATE });
