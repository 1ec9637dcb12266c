// Indicator names are data in Chinese with an optional English name.
export function indicatorName(indicator: { name: string; nameEn: string | null }, locale: string): string {
  return locale === 'en' && indicator.nameEn ? indicator.nameEn : indicator.name;
}

type UnitTranslator = { has: (key: never) => boolean } & ((key: never) => string);

/**
 * A unit is typed with its indicator, in Chinese; the common ones have a name in each language
 * (reports.units). `t` is the `reports` translator; a unit without a name is shown as typed.
 */
export function unitName(t: UnitTranslator, unit: string): string {
  const key = `units.${unit}` as never;
  return unit !== '' && t.has(key) ? t(key) : unit;
}

/** Indicators grouped by category, keeping the framework's order within and between groups. */
export function groupByCategory<T extends { category: string }>(indicators: readonly T[]): { category: T['category']; items: T[] }[] {
  const groups = new Map<T['category'], T[]>();
  for (const indicator of indicators) {
    const list = groups.get(indicator.category) ?? [];
    list.push(indicator);
    groups.set(indicator.category, list);
  }
  return [...groups].map(([category, items]) => ({ category, items }));
}
