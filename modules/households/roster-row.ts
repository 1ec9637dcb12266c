// One roster row as read from a file: which column is which (by header), and each cell parsed with
// a reason when it is wrong. Pure; the reasons are message keys under siteVisits.roster.reasons.
import type { HouseholdStatus } from '@/lib/generated/prisma/enums';

export const ROSTER_COLUMNS = ['code', 'village', 'size', 'status', 'disabled', 'ableToWork', 'income'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** Header names accepted for each column, compared after normalise(). */
const HEADER_ALIASES: Record<RosterColumn, string[]> = {
  code: ['户编号', '户号', '户主编号', 'householdid', 'household', 'code', 'id'],
  village: ['村', '行政村', '所属村', '村名', '村代码', 'village', 'villagecode', 'villagename'],
  size: ['人口', '家庭人口', '家庭人口数', '人数', 'size', 'householdsize', 'members'],
  status: ['状态', '贫困户状态', '户状态', 'status'],
  disabled: ['有残疾人', '是否有残疾人', '有残疾成员', '残疾', 'hasdisabledmember', 'disabled', 'disabledmember'],
  ableToWork: ['有劳动能力', '是否有劳动能力', '劳动能力', 'abletowork'],
  income: ['人均收入', '人均纯收入', '人均可支配收入', '人均收入元', 'incomeperperson', 'incomepercapita', 'income'],
};

const STATUS_LABELS: Record<string, HouseholdStatus> = {
  建档立卡贫困户: 'REGISTERED_POOR',
  当年脱贫: 'EXITED_THIS_YEAR',
  计划脱贫: 'PLANNED_EXIT',
  非建档立卡户: 'NON_REGISTERED',
  非贫困户: 'NON_REGISTERED',
  registered_poor: 'REGISTERED_POOR',
  exited_this_year: 'EXITED_THIS_YEAR',
  planned_exit: 'PLANNED_EXIT',
  non_registered: 'NON_REGISTERED',
};

const BOOLEAN_LABELS: Record<string, boolean> = { 是: true, 有: true, yes: true, y: true, true: true, '1': true, 否: false, 无: false, no: false, n: false, false: false, '0': false };

const CODE_PATTERN = /^[0-9A-Za-z_.-]{1,40}$/;
const INCOME_PATTERN = /^\d{1,10}(\.\d{1,2})?$/;

export type RosterIssue = { line: number; reason: string; params?: Record<string, string | number> };
export type VillageRef = { id: string; code: string; name: string };
export type VillageLookup = { byCode: Map<string, VillageRef>; byName: Map<string, VillageRef[]> };

export type RosterRow = {
  code: string;
  village: VillageRef;
  size: number;
  status: HouseholdStatus;
  hasDisabledMember: boolean;
  ableToWork: boolean;
  /** Canonical decimal with two places, or null when not given. */
  incomePerCapita: string | null;
};

const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s_()（）:：*-]/g, '');

/** Which cell index holds each column; every column is required. */
export function mapHeader(cells: readonly string[]): { ok: true; index: Record<RosterColumn, number> } | { ok: false; missing: RosterColumn[] } {
  const normalised = cells.map(normalise);
  const index = {} as Record<RosterColumn, number>;
  const missing: RosterColumn[] = [];
  for (const column of ROSTER_COLUMNS) {
    const at = normalised.findIndex((h) => HEADER_ALIASES[column].includes(h));
    if (at === -1) missing.push(column);
    else index[column] = at;
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, index };
}

export function buildVillageLookup(villages: readonly VillageRef[]): VillageLookup {
  const byCode = new Map(villages.map((v) => [v.code, v]));
  const byName = new Map<string, VillageRef[]>();
  for (const v of villages) byName.set(v.name, [...(byName.get(v.name) ?? []), v]);
  return { byCode, byName };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; params?: Record<string, string | number> };
const fail = (reason: string, params?: Record<string, string | number>): { ok: false; reason: string; params?: Record<string, string | number> } => ({ ok: false, reason, params });

export function parseStatus(raw: string): Parsed<HouseholdStatus> {
  const key = raw.trim();
  const status = STATUS_LABELS[key] ?? STATUS_LABELS[key.toLowerCase().replace(/[\s-]+/g, '_')];
  return status ? { ok: true, value: status } : fail(key ? 'statusInvalid' : 'statusRequired', { value: key });
}

export function parseBoolean(raw: string, column: RosterColumn): Parsed<boolean> {
  const key = raw.trim().toLowerCase();
  return key in BOOLEAN_LABELS ? { ok: true, value: BOOLEAN_LABELS[key]! } : fail(key ? 'booleanInvalid' : 'booleanRequired', { column, value: raw.trim() });
}

export function parseSize(raw: string): Parsed<number> {
  const key = raw.trim();
  if (!key) return fail('sizeRequired');
  const size = /^\d{1,3}$/.test(key) ? Number(key) : NaN;
  return size >= 1 && size <= 50 ? { ok: true, value: size } : fail('sizeInvalid', { value: key });
}

export function parseIncome(raw: string): Parsed<string | null> {
  const key = raw.trim().replace(/,/g, '');
  if (!key) return { ok: true, value: null };
  if (!INCOME_PATTERN.test(key)) return fail('incomeInvalid', { value: raw.trim() });
  return { ok: true, value: Number(key).toFixed(2) };
}

export function parseVillage(raw: string, villages: VillageLookup): Parsed<VillageRef> {
  const key = raw.trim();
  if (!key) return fail('villageRequired');
  const byCode = villages.byCode.get(key);
  if (byCode) return { ok: true, value: byCode };
  const byName = villages.byName.get(key) ?? [];
  if (byName.length === 1) return { ok: true, value: byName[0]! };
  return fail(byName.length > 1 ? 'villageAmbiguous' : 'villageUnknown', { value: key });
}

/** Parses one data row; the first wrong cell gives the reason. */
export function parseRosterRow(cells: readonly string[], line: number, index: Record<RosterColumn, number>, villages: VillageLookup): { ok: true; row: RosterRow } | { ok: false; issue: RosterIssue } {
  const cell = (column: RosterColumn) => cells[index[column]] ?? '';
  const code = cell('code').trim();
  if (!code) return { ok: false, issue: { line, reason: 'codeRequired' } };
  if (!CODE_PATTERN.test(code)) return { ok: false, issue: { line, reason: 'codeInvalid', params: { value: code } } };
  const village = parseVillage(cell('village'), villages);
  const size = parseSize(cell('size'));
  const status = parseStatus(cell('status'));
  const disabled = parseBoolean(cell('disabled'), 'disabled');
  const ableToWork = parseBoolean(cell('ableToWork'), 'ableToWork');
  const income = parseIncome(cell('income'));
  const issue = (parsed: { reason: string; params?: Record<string, string | number> }) => ({ ok: false as const, issue: { line, reason: parsed.reason, ...(parsed.params ? { params: parsed.params } : {}) } });
  if (!village.ok) return issue(village);
  if (!size.ok) return issue(size);
  if (!status.ok) return issue(status);
  if (!disabled.ok) return issue(disabled);
  if (!ableToWork.ok) return issue(ableToWork);
  if (!income.ok) return issue(income);
  return {
    ok: true,
    row: { code, village: village.value, size: size.value, status: status.value, hasDisabledMember: disabled.value, ableToWork: ableToWork.value, incomePerCapita: income.value },
  };
}
