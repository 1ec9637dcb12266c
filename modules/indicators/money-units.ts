// Money units an indicator may be reported in, as yuan per unit, so that a figure kept in one unit
// (the paired-assistance funds, in 万元) can be set beside an indicator reported in another.
// An unknown unit is null: such figures are not compared, rather than compared wrongly.
const YUAN_PER_UNIT: Readonly<Record<string, number>> = {
  元: 1,
  千元: 1e3,
  万元: 1e4,
  十万元: 1e5,
  百万元: 1e6,
  千万元: 1e7,
  亿元: 1e8,
  yuan: 1,
  cny: 1,
  rmb: 1,
  '10,000 yuan': 1e4,
  '10k yuan': 1e4,
  'million yuan': 1e6,
  '100 million yuan': 1e8,
};

export function yuanPerUnit(unit: string): number | null {
  const key = unit.trim().replace(/\s+/g, ' ').replace(/^人民币/, '').toLowerCase();
  return YUAN_PER_UNIT[key] ?? null;
}

/** `value` given in `from`, expressed in `to`; null when either unit is not a known money unit. */
export function convertMoney(value: number, from: string, to: string): number | null {
  const f = yuanPerUnit(from);
  const t = yuanPerUnit(to);
  return f === null || t === null ? null : (value * f) / t;
}
