// Prisma 7 CLI configuration (generate, migrate, db seed, …).
// Run the CLI through `node scripts/prisma.mjs …` (npm run prisma -- …), never `npx prisma`: that
// wrapper supplies the offline schema engine (docs/decisions/001-prisma-schema-engine-stand-in.md).
import { defineConfig } from 'prisma/config'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx seeds/seed.ts',
  },
  datasource: {
    // Read directly, not with `env('DATABASE_URL')` from prisma/config: that helper throws when the
    // variable is missing, and `prisma generate` (run by postinstall) must work without a database.
    // Commands that need the database report the missing URL themselves.
    // Prisma 7 does not read .env files: DATABASE_URL must be in the environment.
    url: process.env.DATABASE_URL,
  },
})
