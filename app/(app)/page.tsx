// Home: what waits for the user first, then one section per role they hold (a person may be, say, an
// official and an assessor).
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { hasPermission, requirePageActor, type Actor } from '@/modules/auth/actor';
import { findCampaignsWithProgress } from '@/modules/campaigns/queries';
import { findAssessments, type AssessmentListItem } from '@/modules/assessments/queries';
import { findTodos } from '@/modules/todos/queries';
import { now } from '@/lib/server/clock';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { CampaignProgressSection } from '@/components/home/campaign-progress-section';
import { MyAssessmentsSection } from '@/components/home/my-assessments-section';
import { RegionAssessmentsSection } from '@/components/home/region-assessments-section';
import { TodosSection } from '@/components/home/todos-section';

function homeRoles(actor: Actor) {
  const groupIds = new Set(
    actor.roles.flatMap((r) => ((r.role === 'GROUP_LEADER' || r.role === 'ASSESSOR') && r.groupId ? [r.groupId] : [])),
  );
  return {
    office: hasPermission(actor, 'campaign.manage'),
    groupIds,
    official: actor.roles.some((r) => r.role === 'OFFICIAL'),
  };
}

// findAssessments returns the union over all roles; split it so each section shows its own rows.
// Rows outside the user's groups can only have come through an official (or admin) role.
function splitAssessments(items: AssessmentListItem[], groupIds: Set<string>) {
  return {
    mine: items.filter((a) => groupIds.has(a.group.id)),
    region: items.filter((a) => !groupIds.has(a.group.id)),
  };
}

export default async function HomePage() {
  const actor = await requirePageActor();
  const t = await getTranslations('home');
  const db = getDb();
  const roles = homeRoles(actor);
  const inGroup = roles.groupIds.size > 0;

  const [campaigns, assessments, todos] = await Promise.all([
    roles.office ? findCampaignsWithProgress(db, actor) : [],
    inGroup || roles.official ? findAssessments(db, actor) : [],
    inGroup || roles.official ? findTodos(db, actor, now()) : [],
  ]);
  const { mine, region } = splitAssessments(assessments, roles.groupIds);
  const nothing = !roles.office && !inGroup && !roles.official;

  return (
    <>
      <PageHeader title={t('title')} description={t('greeting', { name: actor.displayName })} />
      <div className="space-y-10">
        {nothing ? <EmptyState title={t('noRoles.title')} description={t('noRoles.description')} /> : null}
        {roles.office ? <CampaignProgressSection campaigns={campaigns} /> : null}
        {inGroup || roles.official ? <TodosSection items={todos} /> : null}
        {inGroup ? <MyAssessmentsSection items={mine} /> : null}
        {roles.official ? <RegionAssessmentsSection items={region} /> : null}
      </div>
    </>
  );
}
