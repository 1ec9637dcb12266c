// "Verify sample": set a recorded sample beside the one re-derived from its seed, rules and roster
// snapshot, and say exactly where they differ. Pure.
import type { SampleResult } from '@/modules/sampling/rules';

export type DifferenceLevel = 'TOWN' | 'VILLAGE' | 'HOUSEHOLD';
/** MISSING: in the record but not re-derived; EXTRA: re-derived but not in the record. */
export type SampleDifference = { level: DifferenceLevel; code: string; kind: 'MISSING' | 'EXTRA' };

export type VerifyFacts = {
  method: { recorded: string; current: string };
  /** The hash in the sample record, the snapshot's stored hash, and the hash recomputed from its rows. */
  rosterHash: { recorded: string; snapshot: string; recomputed: string };
  recorded: SampleResult;
  derived: SampleResult;
  /** Codes of the households on the visit's list that came from this sample. */
  visitList: string[];
};

export type VerifyReport = {
  matches: boolean;
  methodMatches: boolean;
  rosterHashMatches: boolean;
  sampleMatches: boolean;
  visitListMatches: boolean;
  differences: SampleDifference[];
  visitListDifferences: SampleDifference[];
};

export function compareCodes(level: DifferenceLevel, recorded: readonly string[], derived: readonly string[]): SampleDifference[] {
  const inRecord = new Set(recorded);
  const inDerived = new Set(derived);
  return [
    ...recorded.filter((c) => !inDerived.has(c)).map((code) => ({ level, code, kind: 'MISSING' as const })),
    ...derived.filter((c) => !inRecord.has(c)).map((code) => ({ level, code, kind: 'EXTRA' as const })),
  ];
}

export function verifySampleFacts(facts: VerifyFacts): VerifyReport {
  const { recorded, derived, rosterHash } = facts;
  const differences = [
    ...compareCodes('TOWN', recorded.towns, derived.towns),
    ...compareCodes('VILLAGE', recorded.villages, derived.villages),
    ...compareCodes('HOUSEHOLD', recorded.households, derived.households),
  ];
  const visitListDifferences = compareCodes('HOUSEHOLD', recorded.households, facts.visitList);
  const methodMatches = facts.method.recorded === facts.method.current;
  const rosterHashMatches = rosterHash.recorded === rosterHash.snapshot && rosterHash.snapshot === rosterHash.recomputed;
  // Order matters too: the record lists codes canonically, so a reordering is a difference.
  const sampleMatches = differences.length === 0 && sameOrder(recorded, derived);
  const visitListMatches = visitListDifferences.length === 0;
  return {
    matches: methodMatches && rosterHashMatches && sampleMatches && visitListMatches,
    methodMatches,
    rosterHashMatches,
    sampleMatches,
    visitListMatches,
    differences,
    visitListDifferences,
  };
}

function sameOrder(a: SampleResult, b: SampleResult): boolean {
  const key = (r: SampleResult) => JSON.stringify([r.towns, r.villages, r.households]);
  return key(a) === key(b);
}
