// Indicator names are data in Chinese with an optional English name.
export function indicatorName(indicator: { name: string; nameEn: string | null }, locale: string): string {
  return locale === 'en' && indicator.nameEn ? indicator.nameEn : indicator.name;
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
