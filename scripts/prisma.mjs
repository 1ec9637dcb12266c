#!/usr/bin/env node
// `node scripts/prisma.mjs <args>` (or `npm run prisma -- <args>`): the Prisma CLI, offline.
// Always use this instead of `npx prisma`: it runs the CLI with the wasm schema-engine stand-in
// and with Prisma's network calls switched off (see scripts/lib/run-prisma.mjs).

import { runPrisma } from './lib/run-prisma.mjs'

const exitCode = await runPrisma(process.argv.slice(2), { allowFailure: true })
process.exit(exitCode)
