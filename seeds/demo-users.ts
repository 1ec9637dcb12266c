// Demo accounts, one per role. Names are made up; titles and home cities follow the scenario.
// The password is for demonstration only and is listed in the README.
import type { DbClient } from '@/seeds/factories/client';
import { createUser } from '@/seeds/factories/users';
import type { ReferenceRegions } from '@/seeds/reference-regions';

export const DEMO_PASSWORD = 'demo-2019';

export const DEMO_USERNAMES = {
  admin: 'admin',
  leader: 'leader6',
  assessor: 'assessor6',
  zhaoqingOfficial: 'zhaoqing',
  fengkaiOfficial: 'fengkai',
  huaijiOfficial: 'huaiji',
  zhongshanOfficial: 'zhongshan',
} as const;

export async function seedDemoUsers(db: DbClient, regions: ReferenceRegions) {
  const user = (username: string, displayName: string, title: string, homeRegionId: string) =>
    createUser(db, { username, displayName, title, homeRegionId, password: DEMO_PASSWORD });
  const admin = await user(DEMO_USERNAMES.admin, '周考核', '省扶贫开发领导小组办公室 考核处', regions.guangdong.id);
  await createUser(db, { username: admin.username, roles: [{ role: 'ADMIN' }] });
  const leader = await user(DEMO_USERNAMES.leader, '吴海峰', '汕尾市副市长', regions.shanwei.id);
  const assessor = await user(DEMO_USERNAMES.assessor, '陈晓敏', '汕尾市扶贫办 科长', regions.shanwei.id);
  const zhaoqingOfficial = await user(DEMO_USERNAMES.zhaoqingOfficial, '黎志远', '肇庆市扶贫办主任', regions.zhaoqing.id);
  const fengkaiOfficial = await user(DEMO_USERNAMES.fengkaiOfficial, '麦家明', '封开县扶贫办主任', regions.counties.Fengkai!.id);
  const huaijiOfficial = await user(DEMO_USERNAMES.huaijiOfficial, '梁秀英', '怀集县扶贫办副主任', regions.counties.Huaiji!.id);
  const zhongshanOfficial = await user(DEMO_USERNAMES.zhongshanOfficial, '何俊杰', '中山市扶贫协作办 副主任', regions.zhongshan.id);
  for (const [official, region] of [
    [zhaoqingOfficial, regions.zhaoqing],
    [fengkaiOfficial, regions.counties.Fengkai!],
    [huaijiOfficial, regions.counties.Huaiji!],
    [zhongshanOfficial, regions.zhongshan],
  ] as const) {
    await createUser(db, { username: official.username, roles: [{ role: 'OFFICIAL', regionId: region.id }] });
  }
  return { admin, leader, assessor, zhaoqingOfficial, fengkaiOfficial, huaijiOfficial, zhongshanOfficial };
}

export type DemoUsers = Awaited<ReturnType<typeof seedDemoUsers>>;
