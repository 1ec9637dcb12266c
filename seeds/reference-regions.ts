// Reference regions: Guangdong → Zhaoqing with its eight county-level units, a few towns and
// villages in Fengkai and Huaiji, and the cities the scenario names (Zhongshan, Shanwei).
// Town and village codes and names below the county level are illustrative, and so are the villages'
// positions (near their county's seat, where the demo's checks are made).
import type { DbClient } from '@/seeds/factories/client';
import { createPairing, createRegion, type RegionRef } from '@/seeds/factories/regions';

const ZHAOQING_COUNTIES = [
  ['441202', '端州区', 'Duanzhou'],
  ['441203', '鼎湖区', 'Dinghu'],
  ['441204', '高要区', 'Gaoyao'],
  ['441284', '四会市', 'Sihui'],
  ['441223', '广宁县', 'Guangning'],
  ['441224', '怀集县', 'Huaiji'],
  ['441225', '封开县', 'Fengkai'],
  ['441226', '德庆县', 'Deqing'],
] as const;

type VillageSeed = [name: string, poor: boolean, latitude: number, longitude: number];

/** county code → towns → villages (name, designated poor village?, position) */
const TOWNS: Record<string, { code: string; name: string; nameEn: string; villages: VillageSeed[] }[]> = {
  '441225': [
    { code: '441225101', name: '长岗镇', nameEn: 'Changgang', villages: [['上坪村', true, 23.4351, 111.5133], ['新联村', true, 23.4512, 111.5391], ['河口村', false, 23.4208, 111.4876]] },
    { code: '441225102', name: '杏花镇', nameEn: 'Xinghua', villages: [['石岗村', true, 23.5683, 111.6017], ['大田村', true, 23.5912, 111.6254]] },
  ],
  '441224': [
    { code: '441224101', name: '冷坑镇', nameEn: 'Lengkeng', villages: [['新岗村', true, 23.9101, 112.1832], ['竹园村', true, 23.9267, 112.2015], ['田心村', false, 23.8934, 112.1658]] },
    { code: '441224102', name: '梁村镇', nameEn: 'Liangcun', villages: [['白石村', true, 24.0142, 112.2479], ['水口村', true, 24.0335, 112.2703]] },
  ],
};

export type ReferenceRegions = {
  guangdong: RegionRef;
  zhaoqing: RegionRef;
  zhongshan: RegionRef;
  shanwei: RegionRef;
  counties: Record<string, RegionRef>;
  towns: Record<string, RegionRef>;
  villages: RegionRef[];
};

export async function seedReferenceRegions(db: DbClient): Promise<ReferenceRegions> {
  const guangdong = await createRegion(db, { code: '440000', name: '广东省', nameEn: 'Guangdong', level: 'PROVINCE' });
  const city = (code: string, name: string, nameEn: string) =>
    createRegion(db, { code, name, nameEn, level: 'CITY', parent: guangdong });
  const zhaoqing = await city('441200', '肇庆市', 'Zhaoqing');
  const zhongshan = await city('442000', '中山市', 'Zhongshan');
  const shanwei = await city('441500', '汕尾市', 'Shanwei');

  const counties: Record<string, RegionRef> = {};
  for (const [code, name, nameEn] of ZHAOQING_COUNTIES) {
    counties[nameEn] = await createRegion(db, { code, name, nameEn, level: 'COUNTY', parent: zhaoqing });
  }

  const towns: Record<string, RegionRef> = {};
  const villages: RegionRef[] = [];
  for (const [countyCode, countyTowns] of Object.entries(TOWNS)) {
    const county = Object.values(counties).find((c) => c.code === countyCode)!;
    for (const t of countyTowns) {
      const town = await createRegion(db, { code: t.code, name: t.name, nameEn: t.nameEn, level: 'TOWN', parent: county });
      towns[t.nameEn] = town;
      for (const [i, [name, poor, latitude, longitude]] of t.villages.entries()) {
        const code = `${t.code}${String(201 + i)}`;
        villages.push(
          await createRegion(db, { code, name, level: 'VILLAGE', parent: town, isDesignatedPoorVillage: poor, position: { latitude, longitude } }),
        );
      }
    }
  }

  // Zhongshan has helped Zhaoqing since 2016, in four of its counties.
  await createPairing(db, zhongshan, zhaoqing, 2016);
  for (const name of ['Fengkai', 'Deqing', 'Huaiji', 'Guangning']) {
    await createPairing(db, zhongshan, counties[name]!, 2016);
  }
  return { guangdong, zhaoqing, zhongshan, shanwei, counties, towns, villages };
}
