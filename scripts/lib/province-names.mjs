// Made-up but plausible Chinese names for generated regions and people, and a seeded random source
// built on the app's PRNG (modules/draws/prng.ts), so a seed gives the same data on any machine.

const PLACE = '长新大石河水田竹白冷梁杏岗平安和兴龙凤金林塘坑山湖沙洞坪源桥口东西南北上下中高黄莲桃李松云';
const SURNAMES = '陈李黄张梁刘林吴罗何郑杨谢钟邓冯曾蔡许彭赖叶苏卢温余潘朱廖';
const GIVEN = '志建国伟明华强文军丽秀英芳玲海峰晓敏俊杰家振宇立新金荣桂兰春燕德福';

/** Random helpers over an Rng ({ nextUint32, nextInt }). */
export function randomSource(rng) {
  const random = () => rng.nextUint32() / 4294967296;
  const int = (n) => rng.nextInt(n);
  const pick = (list) => list[rng.nextInt(list.length)];
  /** A function drawing a key of `table` with probability proportional to its weight. */
  const weighted = (table) => {
    const entries = Object.entries(table);
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    return () => {
      let r = random() * total;
      for (const [key, w] of entries) if ((r -= w) < 0) return key;
      return entries.at(-1)[0];
    };
  };
  const chars = (pool, n) => Array.from({ length: n }, () => pool[int(pool.length)]).join('');
  return {
    random,
    int,
    pick,
    weighted,
    /** A two-character place name with its suffix (镇, 村). */
    placeName: (suffix) => `${chars(PLACE, 2)}${suffix}`,
    personName: () => `${chars(SURNAMES, 1)}${chars(GIVEN, 1 + int(2))}`,
  };
}
