// Reported beside verified, per verifiable indicator (pure). Sample estimates come from the city's rates and the
// village checks; a PERCENT indicator's estimate is shown in percent. A sample estimate is flagged when the reported
// value lies outside its 95 % interval widened by the indicator's tolerance (a difference within sampling error is
// not a discrepancy); a cross-check is flagged when |verified − reported| exceeds the tolerance.
// Cross-checks (paired assistance): the verified figure is the counterpart's total — what the helped side reports
// receiving when the assessed city is the helper, what the helper reports giving when the assessed city is helped —
// converted into the indicator's unit (funds are kept in 万元; an indicator in 亿元 or 元 is compared after
// conversion). A unit that cannot be converted (funds beside an indicator in 人, a count beside a money indicator)
// gives no verified figure and says so, rather than a wrong difference.
import { convertMoney } from '@/modules/indicators/money-units';
import type { IndicatorVerification } from '@/modules/indicators/verification';
import type { PairedCrossCheckRow, ProportionEstimate, ReconciliationRow, RegionRates } from '@/modules/results/snapshot';

export type ReconciledIndicator = {
  id: string;
  code: string;
  name: string;
  unit: string;
  valueType: string;
  verification: IndicatorVerification;
  reported: string | null;
};

export type ReconciliationSources = {
  cityRates: RegionRates | null;
  villagesMeeting: ProportionEstimate | null;
  paired: readonly PairedCrossCheckRow[];
  /** Whether the assessed city is the helped side of the paired rows. */
  targetIsHelped: boolean;
};

type Verified = { value: number; lower: number | null; upper: number | null };
type CrossChecked = { verified: Verified | null; unitMismatch: boolean };

/** The unit the paired figures are kept in (modules/reports/county-figures.ts), as an indicator would name it. */
const FUNDS_UNIT = '万元';

const CHECK_FIELD = {
  PAIRED_FUNDS: 'funds',
  PAIRED_COUNTY_TEAMS: 'countyTeams',
  PAIRED_VILLAGE_TEAMS: 'villageTeams',
  PAIRED_STAFF: 'staffStationed',
} as const;

function rateEstimate(sources: ReconciliationSources, key: 'WRONGFUL_EXIT' | 'MISSED_ENROLMENT' | 'RECOGNITION') {
  return sources.cityRates?.rates.find((r) => r.key === key)?.estimate ?? null;
}

function sampleEstimate(v: Extract<IndicatorVerification, { kind: 'SAMPLE_ESTIMATE' }>, sources: ReconciliationSources): Verified | null {
  const of = (e: ProportionEstimate | null) => (e ? { value: e.estimate, lower: e.lower, upper: e.upper } : null);
  switch (v.estimate) {
    case 'WRONGFUL_EXIT_RATE':
      return of(rateEstimate(sources, 'WRONGFUL_EXIT'));
    case 'MISSED_ENROLMENT_RATE':
      return of(rateEstimate(sources, 'MISSED_ENROLMENT'));
    case 'RECOGNITION_RATE':
      return of(rateEstimate(sources, 'RECOGNITION'));
    case 'VILLAGES_MEETING_RATE':
      return of(sources.villagesMeeting);
    case 'EXIT_ACCURACY': {
      const e = rateEstimate(sources, 'WRONGFUL_EXIT');
      return e ? { value: 1 - e.estimate, lower: 1 - e.upper, upper: 1 - e.lower } : null;
    }
    default:
      return null;
  }
}

function crossCheck(i: ReconciledIndicator, v: Extract<IndicatorVerification, { kind: 'CROSS_CHECK' }>, sources: ReconciliationSources): CrossChecked {
  const field = CHECK_FIELD[v.check];
  const figures = sources.paired
    .filter((r) => r.field === field)
    .map((r) => (sources.targetIsHelped ? r.helperReported : r.helpedReported))
    .filter((x): x is string => x !== null && Number.isFinite(Number(x)));
  const total = figures.reduce((sum, x) => sum + Number(x), 0);
  if (field === 'funds') {
    if (i.valueType !== 'MONEY' || convertMoney(1, FUNDS_UNIT, i.unit) === null) return { verified: null, unitMismatch: true };
    return { verified: figures.length === 0 ? null : { value: convertMoney(total, FUNDS_UNIT, i.unit)!, lower: null, upper: null }, unitMismatch: false };
  }
  // Teams and people are counts whatever classifier the indicator's unit uses (个, 支, 人, 名).
  if (i.valueType !== 'COUNT') return { verified: null, unitMismatch: true };
  return { verified: figures.length === 0 ? null : { value: total, lower: null, upper: null }, unitMismatch: false };
}

export function reconcile(indicators: readonly ReconciledIndicator[], sources: ReconciliationSources): ReconciliationRow[] {
  const rows: ReconciliationRow[] = [];
  for (const i of indicators) {
    const v = i.verification;
    if (v.kind === 'NOT_VERIFIABLE') continue;
    const checked = v.kind === 'CROSS_CHECK' ? crossCheck(i, v, sources) : null;
    let verified = v.kind === 'SAMPLE_ESTIMATE' ? sampleEstimate(v, sources) : checked!.verified;
    if (verified && v.kind === 'SAMPLE_ESTIMATE' && i.valueType === 'PERCENT') {
      const pct = (x: number | null) => (x === null ? null : x * 100);
      verified = { value: verified.value * 100, lower: pct(verified.lower), upper: pct(verified.upper) };
    }
    const reported = i.reported === null ? null : Number(i.reported);
    const difference = verified && reported !== null ? verified.value - reported : null;
    let flagged = false;
    if (verified && reported !== null) {
      const low = (verified.lower ?? verified.value) - v.tolerance;
      const high = (verified.upper ?? verified.value) + v.tolerance;
      flagged = reported < low - 1e-9 || reported > high + 1e-9;
    }
    rows.push({
      indicatorId: i.id,
      code: i.code,
      name: i.name,
      unit: i.unit,
      verification: v.kind,
      reported: i.reported,
      verified,
      difference,
      tolerance: v.tolerance,
      flagged,
      ...(checked?.unitMismatch ? { unitMismatch: true } : {}),
    });
  }
  return rows;
}
