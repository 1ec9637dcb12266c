// One Prisma client per process, built on the pg driver adapter (no query engine binary).
import { PrismaPg } from '@prisma/adapter-pg';
import type { PoolConfig } from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { getDatabaseUrl } from '@/lib/env';
import { withSerialTransactions } from '@/lib/server/serial-transactions';

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

/**
 * Every session runs in UTC. The pg adapter sends a DateTime as UTC wall-clock text without an
 * offset and labels each timestamptz it reads as UTC (prisma/orm#26786): both hold only when the
 * session's TimeZone is UTC, and a server installed in China defaults to Asia/Shanghai. (An
 * `options` parameter in DATABASE_URL replaces this one; it must then carry `-c TimeZone=UTC`.)
 */
const UTC_SESSION = '-c TimeZone=UTC';

/**
 * The driver adapter of every client, primary or replica: UTC sessions, and each transaction's
 * statements one after another (lib/server/serial-transactions.ts). `pool` adds pg pool settings.
 */
export function pgAdapter(connectionString: string, pool: Omit<PoolConfig, 'connectionString' | 'options'> = {}) {
  return withSerialTransactions(new PrismaPg({ connectionString, max: 10, ...pool, options: UTC_SESSION }));
}

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: pgAdapter(connectionString) });
}

export function getDb(): PrismaClient {
  globalForDb.prisma ??= createDb(getDatabaseUrl());
  return globalForDb.prisma;
}
