/**
 * Delivers events to handlers as the portal does: an asynchronous, form-encoded POST after the call
 * that fired them has been answered; a handler that fails (no answer, or not 2xx) is tried again
 * with doubling delays on the mock's clock. Every attempt is journaled with its secrets redacted;
 * the fault injector can delay an attempt or drop it (the handler never hears of it, so it is retried).
 */
import type { MockClock } from '../clock.js'
import type { FaultInjector } from '../faults.js'
import { type JournalEntry, redactValue } from '../journal.js'

/** How often and how late a failed delivery is tried again. */
export interface MockEventRetry {
  /** Tries in all, the first included (default 5). */
  attempts?: number
  /** The wait after the first failure; each next one doubles (default 1000 ms). */
  baseDelayMs?: number
  /** How long a handler may take to answer (default 10 000 ms, real time). */
  timeoutMs?: number
}

/** What delivery needs from the engine. */
export interface EventDeliveryOptions {
  clock: MockClock
  faults: FaultInjector
  retry?: MockEventRetry | undefined
  /** Another fetch (a test double); default the global one. */
  fetch?: typeof fetch | undefined
  record(entry: Pick<JournalEntry, 'httpMethod' | 'path' | 'method' | 'params' | 'status'> & { dropped?: boolean; error?: string }): void
}

/** Sends events, and tells when all sent so far have settled. */
export interface EventDelivery {
  send(handler: string, event: string, payload: Record<string, unknown>): void
  /** Resolves once every delivery started so far has succeeded or used its last attempt. */
  idle(): Promise<void>
}

/** Encodes nested data the way PHP reads a form: `data[FIELDS][ID]=50`. */
export function encodeForm(payload: Record<string, unknown>): string {
  const pairs: [string, string][] = []
  const walk = (key: string, value: unknown) => {
    if (value === undefined || value === null) return
    if (typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(`${key}[${k}]`, v)
    else pairs.push([key, String(value)])
  }
  for (const [key, value] of Object.entries(payload)) walk(key, value)
  return new URLSearchParams(pairs).toString()
}

/** Creates the delivery queue. */
export function createEventDelivery(options: EventDeliveryOptions): EventDelivery {
  const { clock, faults } = options
  const attempts = options.retry?.attempts ?? 5
  const baseDelayMs = options.retry?.baseDelayMs ?? 1000
  const timeoutMs = options.retry?.timeoutMs ?? 10_000
  const pending = new Set<Promise<void>>()

  async function post(handler: string, body: string): Promise<number> {
    try {
      const res = await (options.fetch ?? fetch)(handler, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      })
      await res.arrayBuffer().catch(() => undefined)
      return res.status
    } catch {
      return 0
    }
  }

  async function deliver(handler: string, event: string, payload: Record<string, unknown>): Promise<void> {
    const body = encodeForm(payload)
    const params = redactValue(payload) as Record<string, unknown>
    for (let n = 0; n < attempts; n++) {
      if (n > 0) await clock.sleep(baseDelayMs * 2 ** (n - 1))
      const draw = faults.draw(event.toLowerCase())
      if (draw.latencyMs > 0) await clock.sleep(draw.latencyMs)
      if (draw.drop) {
        options.record({ httpMethod: 'POST', path: handler, method: event, params, status: 0, dropped: true })
        continue
      }
      const status = await post(handler, body)
      const ok = status > 199 && status < 300
      options.record({ httpMethod: 'POST', path: handler, method: event, params, status, ...(ok ? {} : { error: 'HANDLER_FAILED' }) })
      if (ok) return
    }
  }

  return {
    send(handler, event, payload) {
      // Started on the next turn, so the call that fired the event is answered first.
      const done: Promise<void> = clock
        .sleep(0)
        .then(() => deliver(handler, event, payload))
        .finally(() => pending.delete(done))
      pending.add(done)
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending])
    },
  }
}
