// The content hash of a roster snapshot. Canonical form, one line per household, sorted by household
// code comparing UTF-16 code units, each line UTF-8 encoded and ended by "\n":
//   code TAB villageCode TAB size TAB status TAB disabled(1|0) TAB ableToWork(1|0) TAB income
// where status is the enum name and income has two decimals, or is empty when not given.
// The hash is the lowercase hex SHA-256 of the concatenated lines. The same households give the
// same hash whatever file, column order, labels or row order they were imported from.
import { createHash } from 'node:crypto';
import type { HouseholdStatus } from '@/lib/generated/prisma/enums';
import { compareCodeUnits } from '@/modules/sampling/rules';

export type CanonicalHousehold = {
  code: string;
  villageCode: string;
  size: number;
  status: HouseholdStatus;
  hasDisabledMember: boolean;
  ableToWork: boolean;
  incomePerCapita: string | null;
};

export function canonicalLine(h: CanonicalHousehold): string {
  const flag = (b: boolean) => (b ? '1' : '0');
  return [h.code, h.villageCode, h.size, h.status, flag(h.hasDisabledMember), flag(h.ableToWork), h.incomePerCapita ?? ''].join('\t') + '\n';
}

export function rosterHash(households: readonly CanonicalHousehold[]): string {
  const sorted = [...households].sort((a, b) => compareCodeUnits(a.code, b.code));
  const hash = createHash('sha256');
  for (const h of sorted) hash.update(canonicalLine(h), 'utf8');
  return hash.digest('hex');
}
