// What a failed read on a replica says about the replica, from the pg driver adapter's error kinds.

const DOWN_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TlsConnectionError',
  'TooManyConnections',
  'DatabaseDoesNotExist',
  'DatabaseAccessDenied',
  'AuthenticationFailed',
  // A table or column the primary has: the replica has not replayed a migration yet.
  'TableDoesNotExist',
  'ColumnNotFound',
]);

/**
 * 'down': set the replica aside and read from the primary; 'retry': read this one from the primary
 * (SQLSTATE 40001 on a standby is a query cancelled by a conflict with replay); null: the query's
 * own error, the same on any server (a write refused as read-only among them), so it is thrown.
 */
export function replicaFailure(error: unknown): 'down' | 'retry' | null {
  if (!(error instanceof Error)) return null;
  // pg's own errors (a connection attempt timed out, a connection ended) reach us unconverted.
  if (error.name !== 'DriverAdapterError') return 'down';
  const cause = (error.cause ?? {}) as { kind?: string; code?: string };
  if (cause.kind === 'TransactionWriteConflict') return 'retry';
  if (cause.kind !== undefined && DOWN_KINDS.has(cause.kind)) return 'down';
  // Connection exceptions, insufficient resources, operator intervention (shutdown, starting up), system errors.
  if (cause.kind === 'postgres' && /^(08|53|57P|58)/.test(cause.code ?? '')) return 'down';
  return null;
}
