// Business checks on single form fields (a figure of the wrong type, a section left empty)
// are reported like validation errors: INVALID_INPUT with translated messages per field.
import { AppError, type FieldErrors } from '@/lib/app-error';
import { getCatalogTranslator } from '@/lib/i18n/server-translator';

export type FieldProblem = { field: string; messageKey: string; params?: Record<string, string | number> };

export async function invalidFields(problems: readonly FieldProblem[]): Promise<AppError> {
  const t = await getCatalogTranslator();
  const fieldErrors: FieldErrors = {};
  for (const p of problems) (fieldErrors[p.field] ??= []).push(t(p.messageKey, p.params ?? {}));
  return new AppError('INVALID_INPUT', { fieldErrors });
}
