#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, built on @prisma/schema-engine-wasm and the
// project's own Postgres driver adapter. See docs/decisions/001-prisma-schema-engine-stand-in.md.
//
// Why: before `migrate`, `db`, `generate`, … the Prisma CLI looks for the native schema-engine
// binary and downloads it from binaries.prisma.sh, which air-gapped installs cannot reach. When
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file, the CLI runs that file instead and never
// downloads. scripts/prisma.mjs points that variable here.
//
// The CLI runs this file in three ways (prisma 7.10), and it answers as the native engine does:
//   FILE --version                                     -> one line: "schema-engine-cli <commit>"
//   FILE --datasource <json> cli <command>             -> can-connect-to-database | create-database |
//                                                         drop-database; exit 0, or exit 1 with the
//                                                         error as a JSON line on stderr
//   FILE --datamodels <path>… [--datasource <json>]    -> JSON-RPC 2.0 on stdin/stdout
// Logs go to stderr as JSON lines {"level","target","fields":{"message"}}. The CLI skips the first
// stderr line of the one-shot commands, so a start-up line is always written first.

import { readFileSync } from 'node:fs'
import { format } from 'node:util'

import { canConnectToDatabase, createDatabase, dropDatabase, UserFacingError } from './schema-engine/connection.mjs'
import { MethodNotFound, serveJsonRpc } from './schema-engine/json-rpc.mjs'
import { createMigrationAdapterFactory } from './schema-engine/pg-adapter.mjs'
import { callEngine, createEngine, EnginePanic, engineVersion, RPC_METHODS } from './schema-engine/wasm-engine.mjs'

const TARGET = 'schema_engine_stand_in'

function log(level, message, { target = TARGET, ...fields } = {}) {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target })}\n`)
}

// stdout is the JSON-RPC channel: a stray console.log from any library would corrupt it.
console.log = console.info = console.debug = (...args) => log('INFO', format(...args))
console.warn = (...args) => log('WARN', format(...args))
console.error = (...args) => log('ERROR', format(...args))

// Invalid request params make the wasm glue throw from inside a callback, outside of any promise
// we hold: the request can no longer be answered. Report it the way the CLI reads engine logs (a
// JSON ERROR line becomes its error message) and exit like a crashed engine.
process.on('uncaughtException', (error) => {
  log('ERROR', `Schema engine stand-in crashed: ${error?.message ?? error}`, { backtrace: error?.stack })
  process.exit(1)
})

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, cli: undefined, version: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--version' || arg === '-V') args.version = true
    else if (arg === '--datamodels') while (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) args.datamodels.push(argv[++i])
    else if (arg === '--datasource') args.datasource = JSON.parse(argv[++i])
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++ // not used by the wasm engine
    else if (arg === 'cli') args.cli = argv[++i]
    else throw new Error(`Unknown argument: ${arg}`)
  }
  return args
}

/** The one-shot commands: exit status and stderr are the whole answer. */
async function runCliCommand(command, datasource) {
  const commands = {
    'can-connect-to-database': canConnectToDatabase,
    'create-database': createDatabase,
    'drop-database': dropDatabase,
  }
  log('INFO', `Starting schema engine stand-in (cli ${command})`)
  try {
    if (!commands[command]) throw new Error(`Unknown cli command: ${command}`)
    const database = await commands[command](datasource?.url)
    if (command !== 'can-connect-to-database') log('INFO', `Database '${database}' ${command === 'create-database' ? 'created' : 'dropped'}.`)
    return 0
  } catch (error) {
    // The CLI looks for this exact target with fields.error_code (e.g. P1003 -> create the database).
    const fields = error instanceof UserFacingError ? { error_code: error.code } : {}
    log('ERROR', error.message, { target: 'schema_engine::logger', ...fields })
    return 1
  }
}

/** The `data` of a JSON-RPC error, in the native engine's shape (the CLI reads these fields). */
function errorData(error) {
  if (error instanceof EnginePanic) return { is_panic: true, message: error.message, backtrace: error.backtrace }
  const data = { is_panic: false, message: String(error?.message ?? error) }
  if (typeof error?.code === 'string') Object.assign(data, { error_code: error.code, meta: error.meta ?? {} })
  return data
}

/**
 * `evaluateDataLoss` and `createMigration` get no adapter factory inside the wasm engine: they
 * read the schema of the migration history from a cache that `devDiagnostic` fills through the
 * shadow database. When `devDiagnostic` had no reason to look at the history (an empty database,
 * with migrations that `migrate dev` then applies), the cache is empty and they fail with
 * "PostgreSQL shadow DB must be provided through an external factory". In that case fill the cache
 * with `diagnoseMigrationHistory` (which does get the factory) and call once more.
 */
const NEEDS_SHADOW_CACHE = /shadow DB must be provided through an external factory/
async function callWithWarmShadowCache(engine, method, params, adapterFactory) {
  try {
    return await callEngine(engine, method, params, adapterFactory)
  } catch (error) {
    const canWarm = (method === 'evaluateDataLoss' || method === 'createMigration') && params?.migrationsList
    if (!canWarm || !NEEDS_SHADOW_CACHE.test(String(error?.message))) throw error
    log('INFO', `${method}: computing the migration history schema in a shadow database, then retrying`)
    const filters = params.filters ?? { externalTables: [], externalEnums: [] }
    await callEngine(engine, 'diagnoseMigrationHistory', { migrationsList: params.migrationsList, optInToShadowDatabase: true, filters }, adapterFactory)
    return await callEngine(engine, method, params, adapterFactory)
  }
}

async function serveEngine({ datamodels: paths, datasource }) {
  log('INFO', 'Starting schema engine stand-in (wasm)', { version: engineVersion() })
  // The CLI passes the schema files by path (relative to its cwd, which is ours); the engine wants their text.
  const datamodels = paths.map((path) => [path, readFileSync(path, 'utf8')])
  const adapterFactory = createMigrationAdapterFactory(datasource)

  // Created on the first request, not at start-up: the engine connects when it is created, and a
  // connection error must come back as the answer to a request, which is where the CLI looks for it.
  let engine
  const getEngine = () =>
    (engine ??= createEngine({
      datamodels,
      adapterFactory,
      onLog: (line) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`),
    }).catch(async (error) => {
      engine = undefined
      // The engine's connection errors carry no P-code: ask Postgres directly to get one.
      if (datasource?.url && !(error instanceof EnginePanic)) await canConnectToDatabase(datasource.url)
      throw error
    }))

  const { fatal } = await serveJsonRpc({
    input: process.stdin,
    output: process.stdout,
    errorData,
    isFatal: (error) => error instanceof EnginePanic,
    async handle(method, params, { print }) {
      const engineMethod = RPC_METHODS.get(method)
      if (!engineMethod) throw new MethodNotFound(`Method not found: ${method} (not available in the wasm schema engine)`)
      const result = await callWithWarmShadowCache(await getEngine(), engineMethod, params, adapterFactory)
      if (engineMethod !== 'diff') return result
      // The CLI prints diff output only through a `print` request, sent before the response.
      const { stdout, ...rest } = result
      if (stdout) await print(stdout.replace(/\n$/, '')) // the CLI adds the final newline itself
      return rest
    },
  })
  if (fatal) log('ERROR', fatal.message, { is_panic: true })
  return fatal ? 101 : 0 // 101 is how the native engine exits on a panic
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  if (args.version) {
    process.stdout.write(`schema-engine-cli ${engineVersion()}\n`)
    return 0
  }
  if (args.cli) return runCliCommand(args.cli, args.datasource)
  return serveEngine(args)
}

main().then(
  // Exit explicitly: idle pg pools would otherwise keep the process alive after stdin closes.
  (code) => process.stdout.write('', () => process.exit(code)),
  (error) => {
    log('ERROR', error?.stack ?? String(error))
    process.exit(1)
  },
)
