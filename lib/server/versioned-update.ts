// Optimistic concurrency: an update applies only to the version the user started from.
// Zero rows updated means the row is gone (NOT_FOUND) or somebody saved first (CONFLICT).
import { AppError } from '@/lib/app-error';

type VersionedDelegate = {
  updateMany(args: { where: { id: string; version: number }; data: Record<string, unknown> }): Promise<{ count: number }>;
  count(args: { where: { id: string } }): Promise<number>;
};

export async function updateVersioned(
  delegate: VersionedDelegate,
  id: string,
  expectedVersion: number,
  data: Record<string, unknown>,
): Promise<void> {
  const { count } = await delegate.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  const exists = await delegate.count({ where: { id } });
  throw new AppError(exists ? 'CONFLICT' : 'NOT_FOUND');
}
