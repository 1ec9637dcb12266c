// Pure rules of briefing meetings: agenda order, who may read or write the minutes,
// attendance, and when a meeting is frozen.
import type { AssessmentStatus, CampaignStatus, MinutesStatus } from '@/lib/generated/prisma/enums';
import type { Attendance } from '@/modules/meetings/attendance';

/** The order after moving `id` one place up or down; null when it is already at that end (or absent). */
export function moveInOrder(order: readonly string[], id: string, direction: 'UP' | 'DOWN'): string[] | null {
  const from = order.indexOf(id);
  const to = direction === 'UP' ? from - 1 : from + 1;
  if (from === -1 || to < 0 || to >= order.length) return null;
  const next = [...order];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/**
 * The position updates that turn the current positions into `order` (positions 0, 1, 2, … with
 * no gaps), each as two steps: first to a distinct negative parking place, then to its final
 * place. Positions are unique per meeting and PostgreSQL checks that row by row, so moving a
 * row straight onto a place another row still holds would fail halfway through a swap.
 */
export function planPositions(
  current: readonly { id: string; position: number }[],
  order: readonly string[],
): { park: { id: string; position: number }[]; place: { id: string; position: number }[] } {
  const was = new Map(current.map((item) => [item.id, item.position]));
  const place = order.flatMap((id, position) => (was.get(id) === position ? [] : [{ id, position }]));
  return { park: place.map(({ id }, i) => ({ id, position: -(i + 1) })), place };
}

/** Draft minutes are for the group (and admins); everyone who sees the meeting sees published ones. */
export function minutesVisible(status: MinutesStatus, canSeeDraft: boolean): boolean {
  return status === 'PUBLISHED' || canSeeDraft;
}

/**
 * Drafts may be written by anyone of the group who writes minutes. Once published, the text is
 * the group's public record: only who may publish (the leader, an admin) may correct it, and it
 * stays published (the correction is in the audit trail).
 */
export function canEditMinutes(status: MinutesStatus, can: { write: boolean; publish: boolean }): boolean {
  return status === 'DRAFT' ? can.write : can.publish;
}

/** Why nothing about a meeting may change any more, if so: its campaign or its assessment is closed. */
export function meetingFrozenReason(state: { campaignStatus: CampaignStatus; assessmentStatus: AssessmentStatus }) {
  if (state.campaignStatus === 'CLOSED') return 'campaignClosed' as const;
  if (state.assessmentStatus === 'CLOSED') return 'meetings.errors.assessmentClosed' as const;
  return null;
}

const ATTENDED: Record<Attendance, boolean | null> = { PRESENT: true, ABSENT: false, UNKNOWN: null };

export function attendedValue(attendance: Attendance): boolean | null {
  return ATTENDED[attendance];
}

export function attendanceOf(attended: boolean | null): Attendance {
  return attended === null ? 'UNKNOWN' : attended ? 'PRESENT' : 'ABSENT';
}
