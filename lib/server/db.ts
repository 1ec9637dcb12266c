// One Prisma client per process, built on the pg driver adapter (no query engine binary).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { getDatabaseUrl } from '@/lib/env';

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

export function getDb(): PrismaClient {
  globalForDb.prisma ??= createDb(getDatabaseUrl());
  return globalForDb.prisma;
}
