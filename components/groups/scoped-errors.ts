// Several copies of a form share a page (one per group), so their controls need distinct ids.
// Field errors come back keyed by input field; this re-keys them as `${scope}-${field}`, the ids
// the scoped controls use.
import type { FieldErrors } from '@/lib/app-error';

export function scopeErrors(errors: FieldErrors | undefined, scope: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors ?? {}).map(([field, messages]) => [`${scope}-${field}`, messages]));
}
