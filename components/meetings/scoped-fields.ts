// Several forms of one kind share a page (an edit form per agenda item, and the add form), so
// their control ids get a per-form prefix; the server's field errors are keyed by plain names.
import type { FieldErrors } from '@/lib/app-error';
import { controlProps } from '@/components/ui/form-controls';

export function scopeErrors(prefix: string, errors: FieldErrors | undefined): FieldErrors {
  return Object.fromEntries(Object.entries(errors ?? {}).map(([field, messages]) => [`${prefix}${field}`, messages]));
}

/** Control attributes for `field` in the form with `prefix`; the submitted name stays plain. */
export function scopedControl(prefix: string, field: string, errors: FieldErrors) {
  return { ...controlProps(`${prefix}${field}`, errors), name: field };
}

/** The form's text values by plain name, trimmed; empty ones as null. */
export function readText(form: HTMLFormElement, fields: readonly string[]): Record<string, string | null> {
  const data = new FormData(form);
  return Object.fromEntries(fields.map((f) => [f, String(data.get(f) ?? '').trim() || null]));
}
