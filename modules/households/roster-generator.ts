// Made-up rosters for demos, tests and benchmarks: deterministic from a seed (the same seed and
// villages give the same households on any machine), written as the CSV the import reads.
import type { HouseholdStatus } from '@/lib/generated/prisma/enums';
import { createRng } from '@/modules/draws/prng';
import type { CanonicalHousehold } from '@/modules/households/roster-hash';

export type GenerateRosterOptions = {
  villageCodes: readonly string[];
  count: number;
  seed: string;
  /** Household codes are the prefix and a 7-digit number, e.g. the county code. */
  codePrefix: string;
  /** Percent of planned-exit households; the rest split between registered poor and exited. */
  plannedExitPercent?: number;
  /** Percent of households outside the poverty register (NON_REGISTERED), drawn first; the percents
   *  above then split the rest. 0 (the default) keeps earlier rosters identical. */
  nonRegisteredPercent?: number;
};

const STATUS_LABEL: Record<HouseholdStatus, string> = { REGISTERED_POOR: '建档立卡贫困户', EXITED_THIS_YEAR: '当年脱贫', PLANNED_EXIT: '计划脱贫', NON_REGISTERED: '非建档立卡户' };
export const ROSTER_CSV_HEADER = ['户编号', '村', '人口', '状态', '有残疾人', '有劳动能力', '人均收入'] as const;

export function generateRoster(options: GenerateRosterOptions): CanonicalHousehold[] {
  if (options.villageCodes.length === 0) throw new Error('generateRoster needs at least one village');
  const rng = createRng(options.seed);
  const planned = options.plannedExitPercent ?? 40;
  const nonRegistered = options.nonRegisteredPercent ?? 0;
  return Array.from({ length: options.count }, (_, i) => {
    // The extra roll only when asked for, so rosters generated without the option do not change.
    const outside = nonRegistered > 0 && rng.nextInt(100) < nonRegistered;
    const roll = rng.nextInt(100);
    const registered: HouseholdStatus = roll < planned ? 'PLANNED_EXIT' : roll < planned + (100 - planned) / 2 ? 'EXITED_THIS_YEAR' : 'REGISTERED_POOR';
    const status: HouseholdStatus = outside ? 'NON_REGISTERED' : registered;
    const cents = 300_000 + rng.nextInt(1_200_000);
    return {
      code: `${options.codePrefix}${String(i + 1).padStart(7, '0')}`,
      villageCode: options.villageCodes[rng.nextInt(options.villageCodes.length)]!,
      size: 1 + rng.nextInt(6),
      status,
      hasDisabledMember: rng.nextInt(100) < 12,
      ableToWork: rng.nextInt(100) < 75,
      incomePerCapita: rng.nextInt(100) < 5 ? null : (cents / 100).toFixed(2),
    };
  });
}

/** CSV with Chinese headers and labels, as a county office would export it. */
export function toRosterCsv(rows: readonly CanonicalHousehold[]): string {
  const yes = (b: boolean) => (b ? '是' : '否');
  const lines = rows.map((r) => [r.code, r.villageCode, r.size, STATUS_LABEL[r.status], yes(r.hasDisabledMember), yes(r.ableToWork), r.incomePerCapita ?? ''].join(','));
  return `${[ROSTER_CSV_HEADER.join(','), ...lines].join('\n')}\n`;
}
