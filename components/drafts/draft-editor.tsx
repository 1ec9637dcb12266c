'use client';

// An "edit" button that opens a versioned form in place. Kept input keeps the form open, and
// after a reload it is offered back beside the button (restoring opens the form with it).
import { useState, type ReactNode } from 'react';
import { Button, type ButtonSize } from '@/components/ui/button';
import { DraftNotices } from '@/components/drafts/draft-notices';
import type { VersionedDraft } from '@/components/drafts/use-versioned-draft';

export function DraftEditor<T>({ draft, editLabel, size, children }: {
  draft: VersionedDraft<T>;
  editLabel: string;
  size?: ButtonSize;
  /** The form; `close` drops the input (cancel) or follows a save. */
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  if (!open && !draft.dirty) {
    return (
      <div className="space-y-3">
        {/* Nothing is dirty here, so there are no conflicts to label. */}
        <DraftNotices draft={draft} labelOf={() => ''} onRestore={() => setOpen(true)} />
        <Button variant="secondary" size={size} onClick={() => setOpen(true)}>{editLabel}</Button>
      </div>
    );
  }
  return children(() => {
    draft.reset();
    setOpen(false);
  });
}
