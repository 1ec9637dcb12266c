// Database errors that the input caused, as the clear answers the user can act on. Schemas bound
// what they can (input-text.ts, lib/zod-numbers.ts); this is the net under them, in one place, for
// whatever still reaches PostgreSQL: a value too long or out of range, text it cannot store, a
// reference to a row that does not exist. Anything else stays an unexpected (logged) error.
import { AppError } from '@/lib/app-error';

// SQLSTATE → the answer. https://www.postgresql.org/docs/current/errcodes-appendix.html
const BY_SQLSTATE: Record<string, () => AppError> = {
  '22001': () => new AppError('INVALID_INPUT', { messageKey: 'valueTooLong' }),
  '22003': () => new AppError('INVALID_INPUT', { messageKey: 'valueOutOfRange' }),
  '22021': () => new AppError('INVALID_INPUT', { messageKey: 'invalidText' }),
  '22P05': () => new AppError('INVALID_INPUT', { messageKey: 'invalidText' }),
  '22P02': () => new AppError('INVALID_INPUT', { messageKey: 'invalidValue' }),
  '22007': () => new AppError('INVALID_INPUT', { messageKey: 'invalidValue' }),
  '22008': () => new AppError('INVALID_INPUT', { messageKey: 'invalidValue' }),
  '23503': () => new AppError('NOT_FOUND'),
};

// Prisma's own codes for the same cases, when it reports them without the SQLSTATE.
const BY_PRISMA_CODE: Record<string, string> = { P2000: '22001', P2020: '22003', P2003: '23503', P2025: 'P2025' };

type Cause = { originalCode?: unknown; originalMessage?: unknown; code?: unknown };

type ErrorShape = {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: Cause } };
  cause?: Cause;
};

/** The input's fault as an AppError, or null when the error is not one of those. */
export function inputFaultOf(error: unknown): AppError | null {
  if (typeof error !== 'object' || error === null) return null;
  const shape = error as ErrorShape;
  const cause = shape.meta?.driverAdapterError?.cause ?? shape.cause;
  const sqlState = [cause?.originalCode, cause?.code, shape.code].find((c): c is string => typeof c === 'string' && /^[0-9A-Z]{5}$/.test(c));
  // A delete refused because other rows still point at this one is a rule, not a missing row.
  if (sqlState === '23503' && /still referenced/.test(String(cause?.originalMessage ?? shape.message))) {
    return new AppError('RULE_VIOLATION', { messageKey: 'inUse' });
  }
  if (sqlState && BY_SQLSTATE[sqlState]) return BY_SQLSTATE[sqlState]();
  const prismaCode = typeof shape.code === 'string' ? BY_PRISMA_CODE[shape.code] : undefined;
  if (prismaCode === 'P2025') return new AppError('NOT_FOUND');
  return prismaCode && BY_SQLSTATE[prismaCode] ? BY_SQLSTATE[prismaCode]() : null;
}
