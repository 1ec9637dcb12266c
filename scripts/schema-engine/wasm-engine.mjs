// Loading @prisma/schema-engine-wasm and calling it.
//
// The package's main entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20
// only accepts with --experimental-wasm-modules. So the .wasm file is instantiated here with
// WebAssembly.Instance and wired to the package's own JS glue (schema_engine_bg.js), as the
// prisma-engines test harness does.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg'

// When Rust panics, the glue calls global.PRISMA_WASM_PANIC_REGISTRY.set_message(text) and the
// call then fails with a bare `RuntimeError: unreachable`. The registry must exist before any call;
// the text it keeps is the only description of the panic.
const panicRegistry = {
  message: '',
  set_message(message) {
    this.message = message
  },
}
globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry

let instantiated = false
function instantiate() {
  if (instantiated) return
  const wasmUrl = new URL('./schema_engine_bg.wasm', import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'))
  const wasmModule = new WebAssembly.Module(readFileSync(fileURLToPath(wasmUrl)))
  const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': glue })
  glue.__wbg_set_wasm(instance.exports)
  instance.exports.__wbindgen_start()
  instantiated = true
}

/** Version of the wasm engine (the prisma-engines commit it was built from). */
export function engineVersion() {
  instantiate()
  return glue.version()
}

/** JSON-RPC method names the engine implements: its method names, except `getDatabaseVersion`. */
export const RPC_METHODS = (() => {
  const methods = Object.getOwnPropertyNames(glue.SchemaEngine.prototype).filter(
    (name) => !['constructor', 'free', '__destroy_into_raw'].includes(name),
  )
  const byRpcName = new Map(methods.map((name) => [name, name]))
  byRpcName.set('getDatabaseVersion', 'version')
  return byRpcName
})()

/** A Rust panic inside the engine. The engine must not be used again after one (exit 101). */
export class EnginePanic extends Error {
  constructor(message, backtrace) {
    super(message)
    this.backtrace = backtrace
  }
}

/**
 * Create the engine. `datamodels` is `[path, text][]` (or empty); `onLog` receives the engine's
 * log lines (already JSON, as the native engine writes them to stderr).
 */
export async function createEngine({ datamodels, adapterFactory, onLog }) {
  instantiate()
  const options = { datamodels: datamodels.length > 0 ? datamodels : undefined } // never []
  return await callWasm(() => glue.SchemaEngine.new(options, onLog, adapterFactory), adapterFactory)
}

/**
 * Call `engine[method](params)`. Errors come back as they are, except panics (EnginePanic) and
 * adapter errors that the engine only knows by id (the original error from the registry).
 */
export function callEngine(engine, method, params, adapterFactory) {
  // Called on the engine itself: a detached method loses its wasm pointer (`__wbg_ptr`).
  return callWasm(() => engine[method](params), adapterFactory)
}

async function callWasm(fn, adapterFactory) {
  panicRegistry.message = ''
  try {
    return await fn()
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError || panicRegistry.message) {
      throw new EnginePanic(panicRegistry.message || String(error), error?.stack ?? '')
    }
    throw originalAdapterError(error, adapterFactory) ?? error
  }
}

/**
 * The bound factory registers JavaScript errors thrown inside the adapter (e.g. "no database URL")
 * and passes only `{ kind: 'GenericJs', id }` into wasm, which reports "External error id#<id>";
 * get the original error back from the registry.
 */
function originalAdapterError(error, adapterFactory) {
  const match = /External error id#(\d+)/.exec(String(error?.message ?? ''))
  if (!match) return undefined
  return adapterFactory?.errorRegistry?.consumeError(Number(match[1]))?.error
}
