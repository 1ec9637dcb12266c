// The one way project scripts run the Prisma CLI (scripts/prisma.mjs, start, test runner).
//
// It always runs the CLI with the wasm schema-engine stand-in (scripts/prisma-schema-engine.mjs)
// and with Prisma's network features off, so no Prisma command tries to reach the internet:
//   PRISMA_SCHEMA_ENGINE_BINARY  an existing file there stops the CLI from downloading the
//                                native engine from binaries.prisma.sh (unreachable offline);
//   CHECKPOINT_DISABLE=1         no usage/update check ("checkpoint") request;
//   PRISMA_HIDE_UPDATE_MESSAGE=1 no "update available" message.
// See docs/decisions/001-prisma-schema-engine-stand-in.md.

import { spawn } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Absolute path of the schema-engine stand-in. */
export const SCHEMA_ENGINE_STAND_IN = fileURLToPath(new URL('../prisma-schema-engine.mjs', import.meta.url))

/** Absolute path of the Prisma CLI entry point (node_modules/prisma/build/index.js). */
export const PRISMA_CLI = fileURLToPath(import.meta.resolve('prisma/build/index.js'))

/** The environment for the Prisma CLI: `base`, then the offline settings, then `overrides`. */
export function prismaEnv(overrides = {}, base = process.env) {
  return {
    ...base,
    // The stand-in starts with `#!/usr/bin/env node`: put this Node first on PATH so the engine
    // runs on the same Node as the CLI, whatever else is installed.
    PATH: [path.dirname(process.execPath), base.PATH].filter(Boolean).join(path.delimiter),
    PRISMA_SCHEMA_ENGINE_BINARY: SCHEMA_ENGINE_STAND_IN,
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    ...overrides,
  }
}

/**
 * Run `prisma <args>` with the current Node and wait for it.
 *
 * @param {string[]} args  e.g. ['migrate', 'deploy']
 * @param {object} [options]
 * @param {Record<string, string>} [options.env]  added to process.env (e.g. { DATABASE_URL }); these
 *   win over the offline settings, so a caller can deliberately point at another engine binary
 * @param {string} [options.cwd]  where to run (default: the current directory; prisma.config.ts is
 *   looked up there)
 * @param {import('node:child_process').StdioOptions} [options.stdio]  default 'inherit'
 * @param {boolean} [options.allowFailure]  resolve with a non-zero exit code instead of rejecting
 * @returns {Promise<number>} the exit code (0 unless allowFailure)
 */
export function runPrisma(args, { env, cwd, stdio = 'inherit', allowFailure = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PRISMA_CLI, ...args], { cwd, stdio, env: prismaEnv(env) })

    // Pass termination on, so that stopping `node scripts/prisma.mjs …` (or a script that is
    // waiting for it) also stops the CLI and the schema engine it started.
    const forward = (signal) => child.kill(signal)
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP']
    for (const signal of signals) process.on(signal, forward)
    const cleanUp = () => signals.forEach((signal) => process.off(signal, forward))

    child.on('error', (error) => {
      cleanUp()
      reject(error)
    })
    child.on('close', (code, signal) => {
      cleanUp()
      // Killed by a signal: report it like a shell does (128 + signal number).
      const exitCode = code ?? 128 + (os.constants.signals[signal] ?? 0)
      if (exitCode === 0 || allowFailure) return resolve(exitCode)
      const error = new Error(`prisma ${args.join(' ')} failed (${signal ? `signal ${signal}` : `exit code ${code}`})`)
      error.exitCode = exitCode
      reject(error)
    })
  })
}
