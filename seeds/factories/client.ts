// The database handle factories accept: the client itself or a transaction.
import type { Prisma } from '@/lib/generated/prisma/client';
import { randomBytes } from 'node:crypto';

export type DbClient = Prisma.TransactionClient;

/** A short random suffix for test data that must not collide between runs. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}
