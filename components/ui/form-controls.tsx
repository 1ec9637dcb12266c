// Labelled form fields with their errors, and the alert a failed submit shows.
// Each control gets aria-invalid and aria-describedby pointing at its hint and errors.
import type { ReactNode } from 'react';
import type { FieldErrors } from '@/lib/app-error';
import { cn } from '@/components/ui/cn';

export const CONTROL_CLASSES =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 ' +
  'focus-visible:border-blue-600 focus-visible:outline-2 focus-visible:outline-blue-600 ' +
  'aria-invalid:border-red-600 disabled:bg-slate-100 disabled:text-slate-500';

/** The attributes that tie a control to its label, hint and errors. */
export function controlProps(id: string, errors: FieldErrors, hint?: string) {
  const messages = errors[id] ?? [];
  const describedBy = [hint ? `${id}-hint` : null, messages.length > 0 ? `${id}-error` : null].filter(Boolean).join(' ');
  return {
    id,
    name: id,
    'aria-invalid': messages.length > 0 ? true : undefined,
    'aria-describedby': describedBy || undefined,
    className: CONTROL_CLASSES,
  };
}

export function Field({
  id,
  label,
  hint,
  errors,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors: FieldErrors;
  className?: string;
  children: ReactNode;
}) {
  const messages = errors[id] ?? [];
  return (
    <div className={cn('min-w-0', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {messages.length > 0 ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {messages.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

export function FormAlert({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}

export function FormNotice({ message }: { message?: string | null }) {
  return (
    <p role="status" className={cn('text-sm text-emerald-800', !message && 'sr-only')}>
      {message}
    </p>
  );
}
