// The region tree of a generated province: Guangdong's 21 prefecture-level cities (real codes, names
// and rough positions) with 122 county-level units among them, and towns and villages under those in
// the numbers asked for. Regions the database already holds (the demo's) are kept and counted; new
// ones get codes in the demo's scheme (county = city prefix + 2 digits, town = county + 3 digits from
// 101, village = town + 3 digits from 201), a path of codes, and villages a position near their town.

// code, name, English name, county-level units, latitude and longitude of the city seat. Real counts,
// except that Dongguan and Zhongshan (which have towns directly under the city) get one unit each,
// taken from Guangzhou and Shaoguan, so every city has a county for site visits and rosters.
export const GUANGDONG_CITIES = [
  ['440100', '广州市', 'Guangzhou', 10, 23.13, 113.26], ['440200', '韶关市', 'Shaoguan', 9, 24.81, 113.6],
  ['440300', '深圳市', 'Shenzhen', 9, 22.54, 114.06], ['440400', '珠海市', 'Zhuhai', 3, 22.27, 113.58],
  ['440500', '汕头市', 'Shantou', 7, 23.35, 116.68], ['440600', '佛山市', 'Foshan', 5, 23.02, 113.12],
  ['440700', '江门市', 'Jiangmen', 7, 22.58, 113.08], ['440800', '湛江市', 'Zhanjiang', 9, 21.27, 110.36],
  ['440900', '茂名市', 'Maoming', 5, 21.66, 110.92], ['441200', '肇庆市', 'Zhaoqing', 8, 23.05, 112.47],
  ['441300', '惠州市', 'Huizhou', 5, 23.11, 114.42], ['441400', '梅州市', 'Meizhou', 8, 24.29, 116.12],
  ['441500', '汕尾市', 'Shanwei', 4, 22.79, 115.38], ['441600', '河源市', 'Heyuan', 6, 23.74, 114.7],
  ['441700', '阳江市', 'Yangjiang', 4, 21.86, 111.98], ['441800', '清远市', 'Qingyuan', 8, 23.68, 113.06],
  ['441900', '东莞市', 'Dongguan', 1, 23.02, 113.75], ['442000', '中山市', 'Zhongshan', 1, 22.52, 113.39],
  ['445100', '潮州市', 'Chaozhou', 3, 23.66, 116.62], ['445200', '揭阳市', 'Jieyang', 5, 23.55, 116.37],
  ['445300', '云浮市', 'Yunfu', 5, 22.92, 112.04],
];
export const PROVINCE_CODE = '440000';
/** Towns and villages of the province at scale 1 (the demo's included). */
export const FULL_SCALE = { towns: 1600, villages: 26000 };
/** Share of villages that are provincially designated poor villages (2,277 of about 26,000). */
const DESIGNATED_SHARE = 0.09;
const CHILD_LEVEL = { PROVINCE: 'CITY', CITY: 'COUNTY', COUNTY: 'TOWN', TOWN: 'VILLAGE' };
// How a child's code extends its parent's, and how far (degrees) it lies from the parent's centre.
const CHILD_CODE = {
  COUNTY: (parent, k) => `${parent.code.slice(0, 4)}${String(k + 2).padStart(2, '0')}`,
  TOWN: (parent, k) => `${parent.code}${101 + k}`,
  VILLAGE: (parent, k) => `${parent.code}${201 + k}`,
};
const SPREAD = { COUNTY: 0.35, TOWN: 0.12, VILLAGE: 0.04 };
const round4 = (x) => Math.round(x * 1e4) / 1e4;

/**
 * Loads the province's regions and plans the missing ones. Returns the tree (every node: id, code,
 * name, level, path, parent, children, lat/lon) by level, and `created`: the new nodes, parents first.
 */
export async function planRegions(client, rand, { scale }) {
  const { rows } = await client.query(
    `SELECT id, code, name, level, path, latitude, longitude, "isDesignatedPoorVillage" AS designated FROM "Region"
      WHERE path LIKE $1 ORDER BY length(path), code`,
    [`/${PROVINCE_CODE}/%`],
  );
  const byCode = new Map();
  for (const row of rows) {
    const parentCode = row.path.split('/').at(-3);
    const node = { ...row, lat: row.latitude, lon: row.longitude, parent: byCode.get(parentCode) ?? null, children: [], created: false };
    node.parent?.children.push(node);
    byCode.set(node.code, node);
  }
  const province = byCode.get(PROVINCE_CODE);
  if (!province) throw new Error('no province 440000: seed the demo data first (npm run db:seed)');
  const created = [];
  const add = (parent, fields) => {
    const node = { id: `rg${fields.code}`, path: `${parent.path}${fields.code}/`, parent, children: [], created: true, designated: false, ...fields };
    parent.children.push(node);
    byCode.set(node.code, node);
    created.push(node);
    return node;
  };
  /** Gives `parent` at least `n` children, with the next free codes. */
  const fill = (parent, n, fields) => {
    const level = CHILD_LEVEL[parent.level];
    for (let k = 0; parent.children.filter((c) => c.level === level).length < n; k += 1) {
      const code = CHILD_CODE[level](parent, k);
      if (byCode.has(code)) continue;
      const spread = SPREAD[level];
      add(parent, { code, level, lat: parent.lat + (rand.random() - 0.5) * 2 * spread, lon: parent.lon + (rand.random() - 0.5) * 2 * spread, ...fields() });
    }
    return parent.children.filter((c) => c.level === level);
  };
  // Existing regions without a position (the demo's cities, counties and towns) get a centre for their
  // children, from their parent's; only villages keep theirs in the database.
  const centre = (node, fallback) => {
    if (node.lat === null || node.lat === undefined) [node.lat, node.lon] = fallback;
  };

  const cities = [];
  for (const [code, name, nameEn, counties, lat, lon] of GUANGDONG_CITIES) {
    const city = byCode.get(code) ?? add(province, { code, name, nameEn, level: 'CITY', lat, lon });
    city.lat = lat;
    city.lon = lon;
    city.countyTarget = counties;
    cities.push(city);
  }
  const counties = cities.flatMap((city) => {
    for (const c of city.children) centre(c, [city.lat + (rand.random() - 0.5) * 0.7, city.lon + (rand.random() - 0.5) * 0.7]);
    return fill(city, city.countyTarget, () => ({ name: rand.placeName('县'), nameEn: null }));
  });
  const spreadOver = (parents, total, make) => {
    const weights = parents.map(() => 0.5 + rand.random());
    const sum = weights.reduce((a, b) => a + b, 0);
    return parents.flatMap((parent, i) => {
      for (const c of parent.children) centre(c, [parent.lat, parent.lon]);
      return fill(parent, Math.max(1, Math.round((total * weights[i]) / sum)), make);
    });
  };
  const towns = spreadOver(counties, Math.max(counties.length, Math.round(FULL_SCALE.towns * scale)), () => ({ name: rand.placeName('镇'), nameEn: null }));
  const villages = spreadOver(towns, Math.max(towns.length, Math.round(FULL_SCALE.villages * scale)), () => ({
    name: rand.placeName('村'),
    nameEn: null,
    designated: rand.random() < DESIGNATED_SHARE,
  }));
  for (const v of villages) if (v.created) [v.lat, v.lon] = [round4(v.lat), round4(v.lon)];
  return { province, cities, counties, towns, villages, created };
}

export const REGION_COLUMNS = ['id', 'code', 'name', 'nameEn', 'level', 'parentId', 'path', 'isDesignatedPoorVillage', 'latitude', 'longitude', 'createdAt', 'updatedAt'];

export function* regionRows(created, at) {
  for (const r of created) {
    const village = r.level === 'VILLAGE';
    yield [r.id, r.code, r.name, r.nameEn ?? null, r.level, r.parent.id, r.path, r.designated, village ? r.lat : null, village ? r.lon : null, at, at];
  }
}
