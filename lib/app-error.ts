// Typed errors that cross the server boundary as clear, translated messages.
// Anything that is not an AppError becomes INTERNAL with a generic message.

export const APP_ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  RULE_VIOLATION: 422,
  INTERNAL: 500,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export type FieldErrors = Record<string, string[]>;

/**
 * What a refusal carries beside its message for a client that acts on it (the field app's sync):
 * the photos to upload again, or the record as it now is after an edit lost to a newer one.
 */
export type ErrorDetails = { missingPhotoIds?: string[]; current?: unknown };

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Key in the `errors` message namespace (defaults to the code), or a full dotted path such as `groups.errors.x`. */
  readonly messageKey: string;
  readonly params: Record<string, string | number>;
  readonly fieldErrors?: FieldErrors;
  readonly details?: ErrorDetails;

  constructor(
    code: AppErrorCode,
    options: { messageKey?: string; params?: Record<string, string | number>; fieldErrors?: FieldErrors; details?: ErrorDetails } = {},
  ) {
    super(options.messageKey ?? code);
    this.name = 'AppError';
    this.code = code;
    this.messageKey = options.messageKey ?? code;
    this.params = options.params ?? {};
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
  }
}

export type ActionResult<T> =
  | { ok: true; data: T }
  | ({ ok: false; code: AppErrorCode; message: string; fieldErrors?: FieldErrors } & ErrorDetails);
