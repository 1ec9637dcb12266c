'use client';

// A button that asks before doing something hard to undo: the first press shows the
// question with "confirm" and "cancel" in place and moves focus to "confirm";
// afterwards focus goes back to the first button.
import { useEffect, useRef, useState } from 'react';
import { buttonClasses, type ButtonSize, type ButtonVariant } from '@/components/ui/button';

export function ConfirmAction({
  label,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  pending = false,
  disabled = false,
  variant = 'secondary',
  size = 'md',
  ariaLabel,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => Promise<unknown>;
  pending?: boolean;
  disabled?: boolean;
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** A longer accessible name for the first button, e.g. naming the row it acts on. */
  ariaLabel?: string;
}) {
  const [asking, setAsking] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus) startRef.current?.focus();
  }, [asking, returnFocus]);

  if (!asking) {
    return (
      <button
        ref={startRef}
        type="button"
        className={buttonClasses({ variant, size })}
        disabled={disabled || pending}
        aria-label={ariaLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }

  return (
    <div role="group" aria-label={question} className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-800">{question}</span>
      <button
        ref={confirmRef}
        type="button"
        className={buttonClasses({ variant: 'primary', size })}
        disabled={pending}
        onClick={async () => {
          await onConfirm();
          // Still here (e.g. the action was refused): back to the first button, not to the page's top.
          setAsking(false);
          setReturnFocus(true);
        }}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className={buttonClasses({ variant: 'ghost', size })}
        disabled={pending}
        onClick={() => {
          setAsking(false);
          setReturnFocus(true);
        }}
      >
        {cancelLabel}
      </button>
    </div>
  );
}
