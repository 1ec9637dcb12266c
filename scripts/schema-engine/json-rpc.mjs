// JSON-RPC 2.0 over stdin/stdout, one JSON object per line, as the Prisma CLI speaks it to the
// native schema engine (prisma 7.10, SchemaEngineCLI):
//   - the CLI sends requests `{ id, jsonrpc, method, params }` and waits for `{ id, result }` or
//     `{ id, error: { code, message, data: { is_panic, message, error_code?, meta? } } }`;
//   - the engine may send its own request `{ id, method: "print", params: { content } }`; the CLI
//     writes `content` to its stdout and answers `{ id, result: {} }`. `migrate diff` output
//     travels that way, and must arrive before the diff response.
// stdout carries nothing else: logging goes to stderr (see log.mjs).

import { createInterface } from 'node:readline'

// Error codes of the native engine's JSON-RPC layer.
const USER_FACING_ERROR = 4466
const METHOD_NOT_FOUND = -32601
const PARSE_ERROR = -32700

/** An error that is sent back as "method not found" (not a Prisma error). */
export class MethodNotFound extends Error {}

/**
 * Serve requests from `input` with `handle(method, params, { print })` until `input` closes.
 * Requests are handled one at a time: the wasm engine is a single-threaded object that must not
 * be re-entered while an async call on it is pending.
 *
 * @param {object} o
 * @param {(method: string, params: unknown, io: { print(content: string): Promise<void> }) => Promise<unknown>} o.handle
 * @param {(error: unknown) => object} o.errorData  the `data` member for a failed request
 * @param {(error: unknown) => boolean} o.isFatal   stop serving after answering this error (panics)
 * @returns {Promise<{ fatal?: unknown }>} when input is closed and the last request answered
 */
export function serveJsonRpc({ input, output, handle, errorData, isFatal }) {
  const send = (message) => output.write(`${JSON.stringify(message)}\n`)

  // Requests we sent (only `print`), waiting for the CLI's answer.
  const pendingOutbound = new Map()
  let nextOutboundId = 1
  const print = (content) =>
    new Promise((resolve) => {
      const id = `stand-in-print-${nextOutboundId++}`
      pendingOutbound.set(id, resolve)
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } })
    })

  let queue = Promise.resolve()
  let fatal
  const lines = createInterface({ input, crlfDelay: Infinity })

  const handleLine = async (line) => {
    let message
    try {
      message = JSON.parse(line)
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: PARSE_ERROR, message: 'Parse error' } })
      return
    }
    if (message.method === undefined) {
      // The CLI's answer to one of our `print` requests.
      pendingOutbound.get(message.id)?.()
      pendingOutbound.delete(message.id)
      return
    }
    const { id, method, params } = message
    queue = queue.then(async () => {
      if (fatal) return
      try {
        // `null`, not undefined: a response without `result` is rejected by the CLI.
        const result = await handle(method, params, { print })
        send({ jsonrpc: '2.0', id, result: result ?? null })
      } catch (error) {
        if (error instanceof MethodNotFound) {
          send({ jsonrpc: '2.0', id, error: { code: METHOD_NOT_FOUND, message: error.message } })
          return
        }
        const data = errorData(error)
        send({ jsonrpc: '2.0', id, error: { code: USER_FACING_ERROR, message: data.message, data } })
        if (isFatal(error)) {
          fatal = error
          lines.close()
        }
      }
    })
  }

  lines.on('line', (line) => {
    if (line.trim() !== '') handleLine(line)
  })
  return new Promise((resolve) => {
    lines.on('close', () => queue.then(() => resolve({ fatal })))
  })
}
