/**
 * The transport every call goes through: validation before any network, the HTTPS rule, timeouts
 * and abort, classification of answers into B24ApiError, redaction of secrets, and the policies it
 * is given (OAuth tokens, leaky bucket, operating-time guard, retries). It knows no method: the
 * generated descriptors tell it what to check and how to read errors. It is kept small, since an
 * app that imports one standalone method function bundles this and little else.
 */
import type { Clock } from './clock.js'
import type { ErrorKind, MethodDescriptor, SystemErrorRow } from './descriptor.js'
import { B24ApiError, classifyError, textOf } from './errors.js'
import { systemErrors } from './generated/system-errors.js'
import type { Time } from './generated/types.js'
import type { Policy } from './policies.js'
import { createRedactor, describeCause } from './redact.js'
import { checkParams, isExpectedResult } from './validate.js'

/** How the smallest client reaches the portal: a webhook, or a portal plus the `oauth()` policy. */
export interface BaseClientOptions {
  /** An incoming webhook: `https://example.bitrix24.ru/rest/1/abc123/`. */
  webhookUrl?: string
  /** The portal, for OAuth: `https://example.bitrix24.ru` (a trailing `/rest/` is fine). */
  portalUrl?: string
  /** Another fetch (a proxy, a test double). */
  fetch?: typeof fetch
  /** Per-request timeout (default 60 000 ms, the server's own limit). */
  timeoutMs?: number
  /** Aborts every call of this client. */
  signal?: AbortSignal
  /** Allows plain HTTP to 127.0.0.0/8, localhost and [::1] (for a local mock); HTTPS otherwise. */
  allowInsecureLoopback?: boolean
  /** Injectable time for the policies' waits (they use the real clock by default), for tests. */
  clock?: Clock
  /**
   * What runs around each call's attempts: `oauth()`, `leakyBucket()`, `operatingGuard()`,
   * `retryPolicy()`, several at once with `combinePolicies()` (createClient adds them from its options).
   */
  policy?: Policy
}

/** Options of one call. */
export interface CallOptions {
  signal?: AbortSignal
  timeoutMs?: number
}

/** A successful answer: the result, and what came with it. */
export interface Answer<T = unknown> {
  result: T
  time?: Time
  total?: number
  next?: number
}

/**
 * What generated functions call: sends one method call and resolves to the whole answer (so
 * `client.request(crmContactDeleteDescriptor, { id: 50 })` gives the `time` block too).
 */
export interface B24Transport {
  /** Validates (when given a descriptor), sends and classifies one call; rejects with B24ApiError. */
  request<T = unknown>(target: MethodDescriptor | string, params?: object, options?: CallOptions): Promise<Answer<T>>
  /** Replaces this client's webhook code and tokens in a text with `***`. */
  redact(text: string): string
}

/**
 * Creates the transport alone: the smallest client, for apps that import standalone method
 * functions (`crmContactDelete(client, { id: 50 })`). `createClient` adds the method tree, the
 * default policies, batch and more.
 */
export const createBaseClient = (options: BaseClientOptions): B24Transport => createTransport(options, systemErrors)

/**
 * The transport, given where the system error rows come from: createBaseClient imports them,
 * createClient loads them with the first error answer (an app whose calls succeed never loads them).
 * They are at hand before the error is made, so the policies (retries) see its final kind.
 */
export function createTransport(
  options: BaseClientOptions,
  systemRows: readonly SystemErrorRow[] | PromiseLike<readonly SystemErrorRow[]>,
): B24Transport {
  const { add, redact } = createRedactor()
  const { portalUrl, webhookUrl } = options
  /** Whether the client may send to a URL: HTTPS, or plain HTTP to loopback when the user opted in. */
  const isSafe = (href: string) =>
    href.startsWith('https:') || (!!options.allowInsecureLoopback && /^http:\/\/(localhost|127\.[\d.]+|\[::1\])[:/]/.test(href))
  const base = portalUrl ? `${portalUrl.replace(/(\/rest)?\/*$/, '')}/rest/` : `${webhookUrl}/`.replace(/\/+$/, '/')
  add(/\/rest\/[^/]+\/([^/?#]+)\/$/.exec(base)?.[1]) // the webhook code
  // Checked as text: URL's own error would carry the whole input, webhook code and all.
  if (!URL.canParse(base) || !isSafe(base))
    throw new TypeError(`b24kit: needs HTTPS (or loopback with allowInsecureLoopback): ${redact(base)}`)
  const around = options.policy?.({ clock: options.clock, addSecret: add, redact })

  return {
    redact,
    async request<T>(target: MethodDescriptor | string, params: object = {}, o: CallOptions = {}): Promise<Answer<T>> {
      const descriptor = typeof target === 'string' ? undefined : target
      const method = descriptor?.method ?? (target as string)
      /** A B24ApiError of this call, with every text redacted. */
      const fail = (status: number, code: string, description: string, { kind, id }: { kind: ErrorKind; id?: string }) =>
        new B24ApiError({ method, status, code: redact(code), description: redact(description), kind, errorId: id })
      const invalid = descriptor && checkParams(descriptor, params as Record<string, unknown>)
      if (invalid) throw fail(invalid.status, invalid.code, textOf(invalid), invalid)
      const callSignal = AbortSignal.any([o.signal, options.signal].filter(Boolean) as AbortSignal[])

      /**
       * One HTTP exchange; throws B24ApiError, or the abort reason when the caller aborted. A portal
       * that moved answers 30x: the POST is sent again, body and all, to the new address if it is as
       * safe (fetch would follow it as a GET without the params); an unsafe one is an invalid response.
       */
      const attempt = async (body: object): Promise<Answer> => {
        const ms = o.timeoutMs ?? options.timeoutMs ?? 60_000
        const timeout = AbortSignal.timeout(ms)
        // Joined to the call's signal only when someone can abort it: AbortSignal.any cost ~25 µs a call.
        const signal = o.signal || options.signal ? AbortSignal.any([timeout, callSignal]) : timeout
        let status = 0
        let answer: Record<string, unknown> | undefined
        try {
          for (let url = base + method, hops = 0; ; hops++) {
            const res = await (options.fetch ?? fetch)(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(body),
              signal,
              redirect: 'manual',
            })
            status = res.status
            // Headers and URLs are read only for a 30x: together they cost ~20 µs a call.
            const moved = status > 299 && status < 400 && res.headers.get('location')
            if (moved) url = `${new URL(moved, url)}`
            if (!moved || hops > 2 || !isSafe(url)) {
              answer = Object(await res.json())
              break
            }
          }
        } catch (error) {
          if (timeout.aborted) throw fail(0, '', `No answer within ${ms} ms`, { kind: 'timeout' })
          if (signal.aborted) throw signal.reason
          // The reason (the cause's message under fetch's "fetch failed") goes into the description, redacted.
          if (!status) throw fail(0, '', `Network error: ${describeCause(error)}`, { kind: 'network' })
        }
        // The envelope's texts, if they are texts: a portal may send anything.
        const { error, error_description: said, result } = answer ?? {}
        const code = typeof error === 'string' ? error : ''
        const description = typeof said === 'string' ? said : 'Unexpected answer'
        if (status > 199 && status < 300 && answer && error === undefined && 'result' in answer) {
          if (!descriptor || isExpectedResult(descriptor, result)) return answer as unknown as Answer
          throw fail(status, '', 'Unexpected answer', { kind: 'invalidResponse' })
        }
        // Without an `error`, a 2xx is an invalid response and any other status is classified by itself.
        const row = classifyError(descriptor, status > 299 || error !== undefined ? status : 0, code, description, await systemRows)
        throw fail(status, code, description, row)
      }
      return (around ? around({ method, params, signal: callSignal }, attempt) : attempt(params)) as Promise<Answer<T>>
    },
  }
}
