import { describe, expect, it } from 'vitest';
import { reconcile, type ReconciledIndicator, type ReconciliationSources } from '@/modules/results/reconciliation';
import type { ProportionEstimate, RegionRates } from '@/modules/results/snapshot';

const estimate = (value: number, lower: number, upper: number): ProportionEstimate => ({
  n: 100, events: 0, clusters: 10, estimate: value, lower, upper, effectiveN: 80, designEffect: 1.25, designEffectClustering: 1.25, designEffectWeights: 1,
});

const city: RegionRates = {
  regionId: 'c', regionName: '市', level: 'CITY', checkedHouseholds: 100, reportedPovertyIncidence: null,
  rates: [
    { key: 'WRONGFUL_EXIT', threshold: { comparison: 'BELOW', value: 0.02 }, estimate: estimate(0.03, 0.01, 0.08), verdict: 'INCONCLUSIVE' },
    { key: 'MISSED_ENROLMENT', threshold: { comparison: 'BELOW', value: 0.02 }, estimate: null, verdict: 'NO_DATA' },
    { key: 'RECOGNITION', threshold: { comparison: 'AT_LEAST', value: 0.9 }, estimate: estimate(0.95, 0.9, 0.98), verdict: 'PASS' },
  ],
};

const sources = (over: Partial<ReconciliationSources> = {}): ReconciliationSources => ({ cityRates: city, villagesMeeting: null, paired: [], targetIsHelped: false, ...over });
const indicator = (over: Partial<ReconciledIndicator>): ReconciledIndicator => ({
  id: 'i', code: 'X', name: 'x', unit: '%', valueType: 'PERCENT', verification: { kind: 'NOT_VERIFIABLE' }, reported: null, ...over,
});

describe('reconcile', () => {
  it('leaves out indicators that cannot be verified', () => {
    expect(reconcile([indicator({})], sources())).toEqual([]);
  });

  it('exit accuracy is one minus the wrongful-exit rate, in percent, with the interval mirrored', () => {
    const [row] = reconcile([indicator({ verification: { kind: 'SAMPLE_ESTIMATE', estimate: 'EXIT_ACCURACY', tolerance: 1 }, reported: '99.5' })], sources());
    expect(row!.verified!.value).toBeCloseTo(97, 9);
    expect(row!.verified!.lower).toBeCloseTo(92, 9);
    expect(row!.verified!.upper).toBeCloseTo(99, 9);
    expect(row!.difference).toBeCloseTo(-2.5, 9);
    // 99.5 lies within [92 − 1, 99 + 1]: inside sampling error plus tolerance.
    expect(row!.flagged).toBe(false);
  });

  it('flags a reported value outside the interval widened by the tolerance', () => {
    const [row] = reconcile([indicator({ verification: { kind: 'SAMPLE_ESTIMATE', estimate: 'RECOGNITION_RATE', tolerance: 0.5 }, reported: '99.9' })], sources());
    // Interval 90–98 %, tolerance 0.5 → up to 98.5 accepted.
    expect(row!.flagged).toBe(true);
  });

  it('a proportion indicator (not PERCENT) keeps the estimate as a share', () => {
    const [row] = reconcile([indicator({ valueType: 'DECIMAL', verification: { kind: 'SAMPLE_ESTIMATE', estimate: 'RECOGNITION_RATE', tolerance: 0 }, reported: '0.95' })], sources());
    expect(row!.verified).toEqual({ value: 0.95, lower: 0.9, upper: 0.98 });
    expect(row!.flagged).toBe(false);
  });

  it('no estimate → no verified value, no flag', () => {
    const [row] = reconcile([indicator({ verification: { kind: 'SAMPLE_ESTIMATE', estimate: 'MISSED_ENROLMENT_RATE', tolerance: 0 }, reported: '1' })], sources());
    expect(row).toMatchObject({ verified: null, difference: null, flagged: false });
  });

  it('a cross-check sums the counterpart side and flags a difference beyond the tolerance', () => {
    const paired = [
      { helpedRegionId: 'a', helpedRegionName: 'A', field: 'funds' as const, unit: 'tenThousandYuan', helperReported: '100', helpedReported: '80', difference: '-20', flagged: true },
      { helpedRegionId: 'b', helpedRegionName: 'B', field: 'funds' as const, unit: 'tenThousandYuan', helperReported: '50', helpedReported: '50', difference: '0', flagged: false },
      { helpedRegionId: 'a', helpedRegionName: 'A', field: 'staffStationed' as const, unit: 'people', helperReported: '9', helpedReported: '9', difference: '0', flagged: false },
    ];
    const funds = indicator({ valueType: 'MONEY', unit: '万元', verification: { kind: 'CROSS_CHECK', check: 'PAIRED_FUNDS', tolerance: 10 }, reported: '150' });
    // The assessed city helps: the helped side's 80 + 50 = 130, 20 below the 150 reported.
    expect(reconcile([funds], sources({ paired }))[0]).toMatchObject({ verified: { value: 130, lower: null, upper: null }, difference: -20, flagged: true });
    // The assessed city is helped: the helper's 100 + 50 = 150 equals what it reports.
    expect(reconcile([funds], sources({ paired, targetIsHelped: true }))[0]).toMatchObject({ verified: { value: 150 }, difference: 0, flagged: false });
  });

  it('converts the counterpart funds (万元) into the indicator unit, and compares nothing it cannot convert', () => {
    const paired = [
      { helpedRegionId: 'a', helpedRegionName: 'A', field: 'funds' as const, unit: 'tenThousandYuan', helperReported: '16800', helpedReported: '17500', difference: '700', flagged: true },
      { helpedRegionId: 'a', helpedRegionName: 'A', field: 'staffStationed' as const, unit: 'people', helperReported: '12', helpedReported: '12', difference: '0', flagged: false },
    ];
    const inYi = indicator({ valueType: 'MONEY', unit: '亿元', verification: { kind: 'CROSS_CHECK', check: 'PAIRED_FUNDS', tolerance: 0.01 }, reported: '1.68' });
    // The helped side received 17,500 万元 = 1.75 亿元; 1.68 reported is 0.07 亿元 short, beyond 0.01.
    const row = reconcile([inYi], sources({ paired }))[0]!;
    expect(row.verified?.value).toBeCloseTo(1.75, 12);
    expect(row.difference).toBeCloseTo(0.07, 12);
    expect(row).toMatchObject({ flagged: true });
    expect(row.unitMismatch).toBeUndefined();
    const inYuan = indicator({ valueType: 'MONEY', unit: '元', verification: { kind: 'CROSS_CHECK', check: 'PAIRED_FUNDS', tolerance: 0 }, reported: '175000000' });
    expect(reconcile([inYuan], sources({ paired }))[0]).toMatchObject({ verified: { value: 175_000_000 }, difference: 0, flagged: false });
    // Funds beside an indicator counted in people, or staff beside a money indicator: no figure, no flag, said so.
    const inPeople = indicator({ valueType: 'COUNT', unit: '人', verification: { kind: 'CROSS_CHECK', check: 'PAIRED_FUNDS', tolerance: 0 }, reported: '1' });
    expect(reconcile([inPeople], sources({ paired }))[0]).toMatchObject({ verified: null, difference: null, flagged: false, unitMismatch: true });
    const staffAsMoney = indicator({ valueType: 'MONEY', unit: '万元', verification: { kind: 'CROSS_CHECK', check: 'PAIRED_STAFF', tolerance: 0 }, reported: '12' });
    expect(reconcile([staffAsMoney], sources({ paired }))[0]).toMatchObject({ verified: null, unitMismatch: true });
    // Staff counted as 名 rather than 人 is still a count.
    const staff = indicator({ valueType: 'COUNT', unit: '名', verification: { kind: 'CROSS_CHECK', check: 'PAIRED_STAFF', tolerance: 0 }, reported: '12' });
    expect(reconcile([staff], sources({ paired }))[0]).toMatchObject({ verified: { value: 12 }, flagged: false });
  });
});
