// Server-side checks that a person or region named in a meeting input belongs to the meeting's
// assessment: a chair, presenter or attendee user from the group or the regions concerned, and a
// presenting region that is the target or one that helps it.
import type { Tx } from '@/lib/server/db';
import { fieldError } from '@/lib/server/field-error';
import { findMeetingPeople, findPresentingRegions } from '@/modules/meetings/queries';

type AssessmentRef = { groupId: string; targetRegionId: string };

/** The user, if `userId` is one of the assessment's meeting people; otherwise an error on `field`. */
export async function requireMeetingPerson(tx: Tx, assessment: AssessmentRef, userId: string, field: string) {
  const person = (await findMeetingPeople(tx, assessment)).find((p) => p.id === userId);
  if (!person) throw await fieldError(field, 'meetings.errors.personNotAllowed');
  return person;
}

export async function assertPresentingRegion(tx: Tx, assessment: AssessmentRef, regionId: string | null) {
  if (!regionId) return;
  const allowed = await findPresentingRegions(tx, assessment.targetRegionId);
  if (!allowed.some((r) => r.id === regionId)) throw await fieldError('presentingRegionId', 'meetings.errors.regionNotAllowed');
}
