// One finding: facts, description, evidence, the lifecycle steps the actor may take now, the
// region's appeal and rectification, the proof of the visit of a finding recorded in the field (for the
// group), and the history from the audit trail. A finding the actor
// may not see is not found (officials never see drafts or another region's findings).
import { cache } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { canInGroup } from '@/modules/assessments/access';
import { actsAs } from '@/modules/findings/access';
import { findPlacementOptions } from '@/modules/findings/form-queries';
import { getFinding } from '@/modules/findings/queries';
import { findRecordHistory } from '@/modules/history/queries';
import { availableActions, isOverdue, type FindingParty } from '@/modules/findings/rules';
import { Card } from '@/components/ui/card';
import { ProofOfVisit } from '@/components/field-proof/proof-of-visit';
import { readProofFlags } from '@/modules/field-proof/rules';
import { PageHeader } from '@/components/ui/page-header';
import { AppealView } from '@/components/findings/appeal-view';
import { AttachmentGallery } from '@/components/findings/attachment-gallery';
import { EvidencePanel } from '@/components/findings/evidence-panel';
import { FindingStatusBadge, OverdueBadge, SeverityBadge } from '@/components/findings/finding-badges';
import { FindingEditor } from '@/components/findings/finding-editor';
import { FindingFacts } from '@/components/findings/finding-facts';
import { HistoryCard } from '@/components/history/record-history';
import { GroupSteps } from '@/components/findings/group-steps';
import { RegionSteps } from '@/components/rectifications/region-steps';
import { RectificationView } from '@/components/rectifications/rectification-view';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

const loadFinding = cache(async (id: string) => {
  const actor = await requirePageActor('finding.read');
  return { actor, finding: await getFinding(getDb(), actor, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { finding } = await loadFinding((await params).id);
  return finding ? { title: finding.title } : {};
}

const PARTIES: FindingParty[] = ['leader', 'assessor', 'official'];

export default withClientMessages(['drafts', 'errors', 'findings', 'regionLevel'], FindingPage);

async function FindingPage({ params }: Props) {
  const { actor, finding } = await loadFinding((await params).id);
  if (!finding) notFound();
  const t = await getTranslations('findings');
  const tProof = await getTranslations('checks.proof');
  const db = getDb();
  const now = new Date();
  const groupId = finding.assessment.groupId;
  const groupSide = canInGroup(actor, 'finding.read', groupId);
  const canEdit = finding.status === 'DRAFT' && canInGroup(actor, 'finding.write', groupId);
  const facts = { now, appealDeadline: finding.appealDeadline, appeals: finding.appeals.length };
  const parties = PARTIES.filter((p) => actsAs(actor, { groupId, regionPath: finding.region.path }, p));
  const actions = [...new Set(parties.flatMap((p) => availableActions(finding.status, p, facts)))];
  const overdue = isOverdue(finding.status, finding.dueDate, now);
  const [history, placement] = await Promise.all([
    findRecordHistory(db, actor, 'finding', finding.id),
    canEdit ? findPlacementOptions(db, { id: finding.assessment.id, campaignId: finding.assessment.campaign.id, targetRegion: finding.assessment.targetRegion }) : null,
  ]);
  const step = { id: finding.id, version: finding.version };
  const returns = finding.comments.filter((c) => c.anchor === 'return');
  const r = finding.rectification;
  const plan = r ? { leadUnit: r.leadUnit, responsibleUnits: r.responsibleUnits, measures: r.measures, personInCharge: r.personInCharge, deadline: r.deadline, version: r.version } : null;

  return (
    <>
      <Link href={groupSide ? `/findings?assessment=${finding.assessment.id}` : '/findings'} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('detail.back')}
      </Link>
      <PageHeader
        eyebrow={t('detail.eyebrow', { campaign: finding.assessment.campaign.name, number: finding.assessment.group.number })}
        title={finding.title}
        description={finding.regionTrail.join(' › ')}
        actions={<div className="flex flex-wrap gap-2"><SeverityBadge severity={finding.severity} /><FindingStatusBadge status={finding.status} />{overdue ? <OverdueBadge /> : null}</div>}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <h2 className="mb-2 font-semibold text-slate-900">{t('detail.description')}</h2>
            <p className="text-sm whitespace-pre-wrap text-slate-900">{finding.description}</p>
            {canEdit && placement ? (
              <div className="mt-4">
                <FindingEditor
                  finding={step}
                  rootRegionId={finding.assessment.targetRegion.id}
                  regions={placement.regions}
                  indicators={placement.indicators}
                  values={{ regionId: finding.region.id, indicatorId: finding.indicator?.id ?? null, category: finding.category, severity: finding.severity, title: finding.title, description: finding.description, siteVisitId: null }}
                />
              </div>
            ) : null}
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold text-slate-900">{t('evidence.title')}</h2>
            {groupSide ? (
              <EvidencePanel findingId={finding.id} items={finding.attachments} canEdit={canEdit} />
            ) : (
              <AttachmentGallery findingId={finding.id} items={finding.attachments} showLocation={false} empty={t('evidence.empty')} />
            )}
          </Card>
          {groupSide && finding.submissionKey !== null ? (
            <Card>
              <h2 className="mb-3 font-semibold text-slate-900">{tProof('title')}</h2>
              <ProofOfVisit
                position={finding.latitude !== null && finding.longitude !== null ? { latitude: finding.latitude, longitude: finding.longitude, accuracy: finding.positionAccuracy } : null}
                deviceTimes={[{ label: tProof('recorded'), at: finding.recordedAt }]}
                deviceSentAt={finding.deviceSentAt}
                receivedAt={finding.receivedAt}
                photos={finding.attachments}
                flags={readProofFlags(finding.flags)}
                villagePositioned={finding.region.latitude !== null}
              />
            </Card>
          ) : null}
          {finding.appeals.length > 0 ? (
            <Card>
              <h2 className="mb-3 font-semibold text-slate-900">{t('appeal.title')}</h2>
              <AppealView findingId={finding.id} appeals={finding.appeals} showLocation={groupSide} />
            </Card>
          ) : null}
          {finding.issuedAt ? (
            <Card>
              <h2 className="mb-3 font-semibold text-slate-900">{t('rectification.title')}</h2>
              {finding.rectification ? (
                <RectificationView findingId={finding.id} rectification={finding.rectification} returns={returns} overdue={overdue} showLocation={groupSide} />
              ) : (
                <p className="text-sm text-slate-500">{t('rectification.none')}</p>
              )}
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          {actions.length > 0 ? (
            <Card>
              <h2 className="mb-3 font-semibold text-slate-900">{t('actions.title')}</h2>
              <div className="space-y-6">
                <GroupSteps finding={step} actions={actions} regionName={finding.region.name} />
                <RegionSteps finding={step} actions={actions} appealDeadline={finding.appealDeadline} rectification={plan} />
              </div>
            </Card>
          ) : null}
          <Card>
            <h2 className="mb-3 font-semibold text-slate-900">{t('detail.facts')}</h2>
            <FindingFacts finding={finding} />
          </Card>
          <HistoryCard entries={history ?? []} kind="finding" />
        </div>
      </div>
    </>
  );
}
