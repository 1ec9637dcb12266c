// An error as the roster upload reports it: an AppError's translated message, or a generic one
// (logged) for anything else, as lib/server/guarded.ts does for actions.
import { AppError, type AppErrorCode, type FieldErrors } from '@/lib/app-error';
import { getServerTranslator } from '@/lib/i18n/server-translator';
import { inputFaultOf } from '@/lib/server/database-error';

export type UploadFailure = { ok: false; code: AppErrorCode; message: string; fieldErrors?: FieldErrors };

export async function failureOf(thrown: unknown): Promise<UploadFailure> {
  const error = thrown instanceof AppError ? thrown : (inputFaultOf(thrown) ?? thrown);
  const t = (await getServerTranslator()) as unknown as { has: (k: string) => boolean } & ((k: string, p?: object) => string);
  if (error instanceof AppError) {
    const key = error.messageKey.includes('.') ? error.messageKey : `errors.${error.messageKey}`;
    const message = t.has(key) ? t(key, error.params) : t('errors.INTERNAL');
    return { ok: false, code: error.code, message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
  }
  console.error('[rosters] unexpected error', error);
  return { ok: false, code: 'INTERNAL', message: t('errors.INTERNAL') };
}
