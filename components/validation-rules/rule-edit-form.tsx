'use client';

// Editing one rule through a versioned draft: the input is kept in the browser under the rule's id
// and merged onto the version the page brings after someone else's save. Cancel drops the input.
import { plainCodec, useVersionedDraft } from '@/components/drafts/use-versioned-draft';
import { RuleForm, ruleText, type RuleText } from '@/components/validation-rules/rule-form';
import type { RuleRow } from '@/modules/validation-rules/queries';

const CODEC = plainCodec<RuleText>();

export function RuleEditForm({ campaignId, rule, onDone, onCancel }: { campaignId: string; rule: RuleRow; onDone: (code: string) => void; onCancel: () => void }) {
  const draft = useVersionedDraft({ recordKey: `validationRule:${rule.id}`, version: rule.version, values: ruleText(rule), codec: CODEC });
  return (
    <RuleForm
      key={draft.generation}
      campaignId={campaignId}
      editing={{ id: rule.id, code: rule.code, version: draft.version }}
      draft={draft}
      onDone={onDone}
      onCancel={() => {
        draft.reset();
        onCancel();
      }}
    />
  );
}
