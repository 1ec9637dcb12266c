// How an indicator's reported value is verified, declared per indicator (stored as JSON on Indicator.verification):
// not at all, by a sample estimate (one of the rates the results compute), or by a cross-check of what two
// sides report. Tolerance is in the indicator's unit (a PERCENT indicator's estimate is reported in percent).
import { z } from 'zod';

export const VERIFICATION_KINDS = ['NOT_VERIFIABLE', 'SAMPLE_ESTIMATE', 'CROSS_CHECK'] as const;
export const SAMPLE_ESTIMATES = ['EXIT_ACCURACY', 'WRONGFUL_EXIT_RATE', 'MISSED_ENROLMENT_RATE', 'RECOGNITION_RATE', 'VILLAGES_MEETING_RATE'] as const;
export const CROSS_CHECKS = ['PAIRED_FUNDS', 'PAIRED_COUNTY_TEAMS', 'PAIRED_VILLAGE_TEAMS', 'PAIRED_STAFF'] as const;

const tolerance = z.number().finite().min(0).max(1_000_000_000);

export const ZIndicatorVerification = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('NOT_VERIFIABLE') }),
  z.object({ kind: z.literal('SAMPLE_ESTIMATE'), estimate: z.enum(SAMPLE_ESTIMATES), tolerance }),
  z.object({ kind: z.literal('CROSS_CHECK'), check: z.enum(CROSS_CHECKS), tolerance }),
]);
export type IndicatorVerification = z.output<typeof ZIndicatorVerification>;

export const NOT_VERIFIABLE: IndicatorVerification = { kind: 'NOT_VERIFIABLE' };

/** An indicator's declared verification; anything missing or invalid counts as not verifiable. */
export function verificationOf(stored: unknown): IndicatorVerification {
  const parsed = ZIndicatorVerification.safeParse(stored);
  return parsed.success ? parsed.data : NOT_VERIFIABLE;
}
