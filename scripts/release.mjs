#!/usr/bin/env node
// `npm run release`: what a new release needs done once, before its servers and workers start, as the
// database's owner (DATABASE_URL): the migrations, then the app role's rights on every table, new
// ones included, with the password of APP_DATABASE_PASSWORD (the one every replica is given). With
// APP_DATABASE_URL instead, the operator keeps the role and its rights: only the migrations run.
// Several releases at once are safe: Prisma applies each migration once, under an advisory lock.
import { ensureAppRole } from './lib/app-role.mjs';
import { runPrisma } from './lib/run-prisma.mjs';

if (!process.env.DATABASE_URL) {
  console.error('[release] set DATABASE_URL to the database as the owner of its tables');
  process.exit(1);
}
// Without one, a password would be made up here and the running replicas locked out.
if (!process.env.APP_DATABASE_PASSWORD && !process.env.APP_DATABASE_URL) {
  console.error('[release] set APP_DATABASE_PASSWORD (the app role password every replica has) or APP_DATABASE_URL');
  process.exit(1);
}
await runPrisma(['migrate', 'deploy'], { stdio: ['ignore', 'ignore', 'inherit'] });
const appUrl = await ensureAppRole(process.env.DATABASE_URL);
console.log(`[release] migrations applied; the app connects as ${new URL(appUrl).username}`);
