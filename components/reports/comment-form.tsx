'use client';

// One comment box: a new review comment (with what it is about) or a reply.
import { useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/app-error';
import { CONTROL_CLASSES, FormAlert } from '@/components/ui/form-controls';
import { Button } from '@/components/ui/button';

export type AnchorOption = { value: string; label: string };

export function CommentForm({
  label,
  submitLabel,
  anchors,
  onSubmit,
  onDone,
}: {
  label: string;
  submitLabel: string;
  /** When given, the reviewer picks what the comment is about ('' = the report as a whole). */
  anchors?: AnchorOption[];
  onSubmit: (input: { body: string; anchor: string | null }) => Promise<ActionResult<unknown>>;
  onDone?: () => void;
}) {
  const t = useTranslations('reports.comments');
  const tErrors = useTranslations('errors');
  const router = useRouter();
  const id = useId();
  const [body, setBody] = useState('');
  const [anchor, setAnchor] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await onSubmit({ body, anchor: anchor || null });
      if (!result.ok) setError(result.fieldErrors?.body?.join(' ') || result.message);
      else {
        setBody('');
        onDone?.();
        router.refresh();
      }
    } catch {
      setError(tErrors('INTERNAL'));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-2">
      {anchors ? (
        <div>
          <label htmlFor={`${id}-anchor`} className="block text-sm font-medium text-slate-800">{t('about')}</label>
          <select id={`${id}-anchor`} className={CONTROL_CLASSES} value={anchor} onChange={(e) => setAnchor(e.target.value)}>
            <option value="">{t('general')}</option>
            {anchors.map((a) => (
              <option key={a.value} value={a.value}>{a.label}</option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <label htmlFor={`${id}-body`} className="block text-sm font-medium text-slate-800">{label}</label>
        <textarea
          id={`${id}-body`}
          className={CONTROL_CLASSES}
          rows={3}
          required
          maxLength={4000}
          value={body}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setBody(e.target.value)}
        />
      </div>
      {error ? <div id={`${id}-error`}><FormAlert message={error} /></div> : null}
      <Button type="submit" size="sm" disabled={pending || !body.trim()}>
        {submitLabel}
      </Button>
    </form>
  );
}
