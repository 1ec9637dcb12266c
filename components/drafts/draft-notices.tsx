'use client';

// What a versioned form says about kept input: the offer to restore it after a reload, the note
// that it was merged onto someone else's newer save, and the fields both changed, with a choice.
import { useTranslations } from 'next-intl';
import type { FieldPath, MergeValue } from '@/lib/merge/three-way';
import { FormAlert } from '@/components/ui/form-controls';
import { ConflictChoices } from '@/components/drafts/conflict-choices';
import { RestoreOffer } from '@/components/drafts/restore-offer';
import type { VersionedDraft } from '@/components/drafts/use-versioned-draft';

export function DraftNotices<T>({
  draft,
  labelOf,
  formatValue,
  offer = true,
  onRestore,
}: {
  draft: VersionedDraft<T>;
  labelOf: (path: FieldPath) => string;
  formatValue?: (path: FieldPath, value: MergeValue) => string | null;
  /** False where the offer is shown elsewhere (e.g. beside a closed form's edit button). */
  offer?: boolean;
  onRestore?: () => void;
}) {
  const t = useTranslations('drafts');
  return (
    <>
      {offer && draft.offer ? (
        <RestoreOffer
          at={draft.offer.at}
          older={draft.offer.baseVersion < draft.version}
          onRestore={() => {
            draft.restore();
            onRestore?.();
          }}
          onDiscard={draft.discard}
        />
      ) : null}
      {draft.merged ? <FormAlert message={t('merged')} /> : null}
      <ConflictChoices conflicts={draft.conflicts} labelOf={labelOf} formatValue={formatValue} onChoose={draft.choose} />
    </>
  );
}
