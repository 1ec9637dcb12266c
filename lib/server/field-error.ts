// A business rule that belongs to one form field (e.g. a code already taken) is reported like
// a validation error: INVALID_INPUT with a translated message on that field.
import { AppError } from '@/lib/app-error';
import { getCatalogTranslator } from '@/lib/i18n/server-translator';

export async function fieldError(field: string, messageKey: string, params: Record<string, string | number> = {}): Promise<AppError> {
  const t = await getCatalogTranslator();
  return new AppError('INVALID_INPUT', { fieldErrors: { [field]: [t(messageKey, params)] } });
}
