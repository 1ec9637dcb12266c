'use client';

// "Edit" on a draft finding opens the form in place; saving or cancelling closes it. Unsaved input
// is kept in the browser: after a conflict it is merged onto the newer version, and after a reload
// it is offered back.
import { useTranslations } from 'next-intl';
import { DraftEditor } from '@/components/drafts/draft-editor';
import { plainCodec, useVersionedDraft } from '@/components/drafts/use-versioned-draft';
import { FindingForm, type FindingFormValues } from '@/components/findings/finding-form';
import type { PickableRegion } from '@/components/findings/region-picker';

type Indicator = { id: string; code: string; name: string; category: FindingFormValues['category'] & string };

const CODEC = plainCodec<FindingFormValues>();

export function FindingEditor({ finding, values, regions, indicators, rootRegionId }: {
  finding: { id: string; version: number };
  values: FindingFormValues;
  regions: PickableRegion[];
  indicators: Indicator[];
  rootRegionId: string;
}) {
  const t = useTranslations('findings.detail');
  const draft = useVersionedDraft({ recordKey: `finding:${finding.id}`, version: finding.version, values, codec: CODEC });
  return (
    <DraftEditor draft={draft} editLabel={t('edit')}>
      {(close) => (
        <FindingForm
          key={draft.generation}
          target={{ id: finding.id, version: draft.version }}
          values={draft.mine}
          draft={draft}
          options={{ regions, indicators }}
          rootRegionId={rootRegionId}
          onDone={close}
        />
      )}
    </DraftEditor>
  );
}
