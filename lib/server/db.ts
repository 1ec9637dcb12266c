// One Prisma client per process, built on the pg driver adapter (no query engine binary).
import { PrismaPg } from '@prisma/adapter-pg';
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

/** Each transaction's statements run one after another (lib/server/serial-transactions.ts). */
export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: withSerialTransactions(new PrismaPg({ connectionString, max: 10, options: UTC_SESSION })) });
}

export function getDb(): PrismaClient {
  globalForDb.prisma ??= createDb(getDatabaseUrl());
  return globalForDb.prisma;
}
