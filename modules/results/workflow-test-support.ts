// A world of its own for each results test: a campaign with two scored indicators, a group with its leader and
// assessor, a target city with a county, officials of the city, of the county and of another city, the leader of
// another group, and the city's submitted WORK report (revision 1).
import { getDb } from '@/lib/server/db';
import { createAssessment, createCampaign, createGroup, createIndicators } from '@/seeds/factories/campaigns';
import { createRegion } from '@/seeds/factories/regions';
import { createWorkReport, setIndicatorValues } from '@/seeds/factories/reports';
import { createUser } from '@/seeds/factories/users';

export async function makeResultsWorld() {
  const db = getDb();
  const campaign = await createCampaign(db, {});
  const indicators = await createIndicators(db, campaign.id, [
    {
      code: 'R-01',
      name: '脱贫率',
      unit: '%',
      valueType: 'PERCENT',
      category: 'POVERTY_REDUCTION',
      weight: 60,
      scoringRule: { kind: 'RATIO_OF_TARGET', direction: 'AT_LEAST', target: 100 },
    },
    { code: 'R-02', name: '工作成效', unit: '分', valueType: 'DECIMAL', category: 'TARGETED_ASSISTANCE', weight: 40, scoringRule: { kind: 'MANUAL' } },
  ]);
  const province = await createRegion(db, { level: 'PROVINCE' });
  const city = await createRegion(db, { level: 'CITY', parent: province });
  const county = await createRegion(db, { level: 'COUNTY', parent: city });
  const otherCity = await createRegion(db, { level: 'CITY', parent: province });
  const leader = await createUser(db, {});
  const assessor = await createUser(db, {});
  const group = await createGroup(db, { campaignId: campaign.id, leaderId: leader.id, assessorIds: [assessor.id] });
  const otherLeader = await createUser(db, {});
  await createGroup(db, { campaignId: campaign.id, leaderId: otherLeader.id });
  const assessment = await createAssessment(db, { campaignId: campaign.id, groupId: group.id, targetRegionId: city.id, status: 'REPORTING' });
  const official = await createUser(db, { roles: [{ role: 'OFFICIAL', regionId: city.id }] });
  const countyOfficial = await createUser(db, { roles: [{ role: 'OFFICIAL', regionId: county.id }] });
  const otherOfficial = await createUser(db, { roles: [{ role: 'OFFICIAL', regionId: otherCity.id }] });
  const admin = await createUser(db, { roles: [{ role: 'ADMIN' }] });
  const report = await createWorkReport(db, { assessmentId: assessment.id, reportingRegionId: city.id, status: 'SUBMITTED', revision: 1, submittedAt: new Date() });
  await setIndicatorValues(db, report.id, 1, [{ indicator: indicators['R-01']!, period: 'THIS_YEAR', value: '95' }]);
  // A draft figure (revision 0) is not a reported figure.
  await setIndicatorValues(db, report.id, 0, [{ indicator: indicators['R-01']!, period: 'THIS_YEAR', value: '50' }]);
  return {
    campaign,
    indicators: { r01: indicators['R-01']!.id, r02: indicators['R-02']!.id },
    city,
    assessment,
    users: { leader, assessor, otherLeader, official, countyOfficial, otherOfficial, admin },
  };
}
export type ResultsWorld = Awaited<ReturnType<typeof makeResultsWorld>>;
