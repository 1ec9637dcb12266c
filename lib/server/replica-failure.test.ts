import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import { describe, expect, it } from 'vitest';
import { replicaFailure } from '@/lib/server/replica-failure';

const adapterError = (cause: ConstructorParameters<typeof DriverAdapterError>[0]) => new DriverAdapterError(cause);
const postgres = (code: string) => adapterError({ kind: 'postgres', code, severity: 'ERROR', message: code, detail: undefined, column: undefined, hint: undefined });

describe('a failed read on a replica', () => {
  it.each([
    ['refused connection', adapterError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5433 })],
    ['closed connection', adapterError({ kind: 'ConnectionClosed' })],
    ['no connection slot left', adapterError({ kind: 'TooManyConnections', cause: 'sorry, too many clients already' })],
    ['a table of a migration not yet replayed', adapterError({ kind: 'TableDoesNotExist', table: 'Finding' })],
    ['a server shutting down (57P01)', postgres('57P01')],
    ['a server still starting (57P03)', postgres('57P03')],
    ['a connection failure (08006)', postgres('08006')],
    ['pg’s own connection timeout', new Error('timeout exceeded when trying to connect')],
  ])('sets the replica aside after a %s', (_label, error) => {
    expect(replicaFailure(error)).toBe('down');
  });

  it('reads a query cancelled by a conflict with replay (40001) again from the primary, keeping the replica', () => {
    expect(replicaFailure(adapterError({ kind: 'TransactionWriteConflict' }))).toBe('retry');
  });

  it.each([
    ['a write refused as read-only (25006)', postgres('25006')],
    ['bad input', adapterError({ kind: 'InvalidInputValue', message: 'invalid input syntax' })],
    ['a unique violation', adapterError({ kind: 'UniqueConstraintViolation', constraint: { fields: ['code'] } })],
    ['something that is not an error', 'oops'],
  ])('throws %s as it is: any server would answer the same', (_label, error) => {
    expect(replicaFailure(error)).toBeNull();
  });
});
