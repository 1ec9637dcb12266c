// The paired-assistance cross-check of one figure: what the helper city reports giving beside
// what the helped city reports receiving. Pure; exact decimal arithmetic on canonical text
// (at most 4 decimals, as stored in Decimal(20, 4) columns).
//
// Difference = helper-reported − helped-reported (positive: the helped side counts less).
// Flagged when:
// - funds (万元): |difference| > the larger of 1 % of the larger figure and 1 万元 — rounding and
//   timing of transfers make small gaps normal, a gap beyond both is worth a question;
// - counts (teams, staff): any difference — a team or a person is either stationed or not;
// - only one side reports the figure — a claim the other side does not confirm.
// Neither side reporting: not flagged.
import type { CountyFigureKey } from '@/modules/reports/county-figures';

const SCALE = 10_000n;

/** Canonical decimal text → ten-thousandths. */
function toUnits(text: string): bigint {
  const negative = text.startsWith('-');
  const [integer = '0', decimals = ''] = text.replace(/^[+-]/, '').split('.');
  const units = BigInt(integer || '0') * SCALE + BigInt((decimals + '0000').slice(0, 4));
  return negative ? -units : units;
}

/** Ten-thousandths → canonical decimal text (no padding zeros). */
function fromUnits(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const integer = abs / SCALE;
  const decimals = (abs % SCALE).toString().padStart(4, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${integer}${decimals ? `.${decimals}` : ''}`;
}

/** 1 万元 in ten-thousandths of a 万元. */
const FUNDS_FLOOR = SCALE;

export function compareCountyFigure(
  field: CountyFigureKey,
  helperReported: string | null,
  helpedReported: string | null,
): { difference: string | null; flagged: boolean } {
  if (helperReported === null || helpedReported === null) return { difference: null, flagged: helperReported !== helpedReported };
  const a = toUnits(helperReported);
  const b = toUnits(helpedReported);
  const difference = a - b;
  const gap = difference < 0n ? -difference : difference;
  if (field !== 'fundsGiven') return { difference: fromUnits(difference), flagged: gap !== 0n };
  const larger = a > b ? a : b;
  // gap > 1 % of larger  ⇔  100 × gap > larger (exact, no rounding).
  const flagged = gap > FUNDS_FLOOR && 100n * gap > larger;
  return { difference: fromUnits(difference), flagged };
}
