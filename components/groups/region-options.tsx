import type { RegionLevel } from '@/lib/generated/prisma/enums';

const DEPTH: Record<RegionLevel, number> = { PROVINCE: 0, CITY: 1, COUNTY: 2, TOWN: 3, VILLAGE: 4 };

/**
 * Regions in tree order as <option>s. Indentation shows the tree inside a native <select>, which
 * cannot nest; it counts from the highest level listed, and uses full-width spaces, which
 * browsers do not collapse.
 */
export function RegionOptions({ regions }: { regions: { id: string; name: string; level: RegionLevel }[] }) {
  const top = Math.min(...regions.map((r) => DEPTH[r.level]));
  return regions.map((r) => (
    <option key={r.id} value={r.id}>
      {'\u3000'.repeat(DEPTH[r.level] - top)}
      {r.name}
    </option>
  ));
}
