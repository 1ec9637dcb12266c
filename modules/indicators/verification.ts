// TEMP stand-in for the results contract (the scoring helper provides the real one).
export type IndicatorVerification =
  | { kind: 'NOT_VERIFIABLE' }
  | {
      kind: 'SAMPLE_ESTIMATE';
      estimate: 'EXIT_ACCURACY' | 'WRONGFUL_EXIT_RATE' | 'MISSED_ENROLMENT_RATE' | 'RECOGNITION_RATE' | 'VILLAGES_MEETING_RATE';
      tolerance: number;
    }
  | { kind: 'CROSS_CHECK'; check: 'PAIRED_FUNDS' | 'PAIRED_COUNTY_TEAMS' | 'PAIRED_VILLAGE_TEAMS' | 'PAIRED_STAFF'; tolerance: number };

export function verificationOf(json: unknown): IndicatorVerification {
  if (json && typeof json === 'object' && 'kind' in json) {
    const kind = (json as { kind: unknown }).kind;
    if (kind === 'SAMPLE_ESTIMATE' || kind === 'CROSS_CHECK') return json as IndicatorVerification;
  }
  return { kind: 'NOT_VERIFIABLE' };
}
