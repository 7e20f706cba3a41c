/**
 * A `BX24` test double: the global that Bitrix24 serves to apps (`//api.bitrix24.com/api/v1/`),
 * which is not on npm. Ours speaks the same frame protocol as the official clients, so code
 * written against `BX24` runs under the mock's frame host. It covers: `init`, `ready`, `isReady`,
 * `callMethod` (with `ajaxResult`: `data`, `error`, `more`, `total`, `time`, `next`), `callBatch`,
 * `getAuth`, `refreshAuth`, `getDomain`, `getLang`, `isAdmin`, `installFinish`, `resizeWindow`,
 * `fitWindow`, `getScrollSize`, `setTitle`, `reloadWindow`, `appOption.get/set`,
 * `userOption.get/set`, `placement.info/call/getInterface/bindEvent`. Anything else is absent, so a
 * call to it fails loudly rather than pretending.
 *
 * Written from the documented behaviour (apidocs.bitrix24.com, BX24.js pages), not from the
 * portal's script. Where the docs are silent, the choice is ours and written here: parameters go
 * as a PHP-style form (`a[b]=1`, booleans `true`/`false`), an `expired_token` answer is refreshed
 * once and retried, and `error()` returns `{ status, ex: { error, error_description } }` whose
 * text is `ERROR: description (status)`.
 */

/** The global the double installs. */
export type Bx24 = Record<string, unknown>

/**
 * Installs `BX24` on `root` (a window inside the frame host's iframe). Runs in the browser and is
 * serialised with `toString()` into `bx24Script`: it must stay self-contained.
 */
export function installBx24(root: Window & typeof globalThis): Bx24 {
  type Answer = { result?: unknown; error?: string; error_description?: string; next?: number; total?: number; time?: unknown }
  type Callback = (value: unknown) => void
  const [domain = '', protocol = '0', appSid = ''] = (root.name || '').split('|')
  const portalOrigin = `${protocol === '1' ? 'https' : 'http'}://${domain}`
  const waiting = new Map<string, Callback>()
  const onInit: Array<() => void> = []
  let counter = 0
  let data: Record<string, unknown> | undefined
  let auth = { accessToken: '', refreshToken: '', expiresAt: 0 }

  root.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== portalOrigin || typeof event.data !== 'string') return
    const mark = event.data.indexOf(':')
    const key = mark < 0 ? event.data : event.data.slice(0, mark)
    const args = mark < 0 ? '' : event.data.slice(mark + 1)
    const callback = waiting.get(key)
    if (!callback) return
    waiting.delete(key)
    callback(args === '' ? undefined : JSON.parse(args))
  })

  /** Posts `command:params:callbackKey:appSid` to the portal window (no params: left out). */
  function send(command: string, params?: unknown, callback?: Callback): void {
    const key = `b24kit${++counter}`
    waiting.set(key, callback ?? (() => {}))
    const text = params === undefined ? '' : JSON.stringify(params)
    root.parent.postMessage([command, text, key, appSid].filter((part) => part !== '').join(':'), portalOrigin)
  }

  function keepAuth(answer: Record<string, unknown>): void {
    auth = {
      accessToken: String(answer.AUTH_ID ?? ''),
      refreshToken: String(answer.REFRESH_ID ?? ''),
      expiresAt: Date.now() + Number.parseInt(String(answer.AUTH_EXPIRES ?? '0'), 10) * 1000,
    }
  }

  function whenReady(run: () => void): void {
    if (data) run()
    else onInit.push(run)
  }

  /** PHP-style form fields: `filter[>ID]=1`, `cmd[a]=...`. */
  function encode(prefix: string, value: unknown, out: URLSearchParams): void {
    if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) encode(prefix ? `${prefix}[${key}]` : key, item, out)
    } else out.append(prefix, value === null || value === undefined ? '' : String(value))
  }

  function getAuth() {
    if (!data || auth.expiresAt <= Date.now()) return false
    return {
      access_token: auth.accessToken,
      refresh_token: auth.refreshToken,
      expires_in: auth.expiresAt,
      domain,
      member_id: String(data.MEMBER_ID ?? ''),
    }
  }

  function refreshAuth(callback?: Callback): void {
    whenReady(() =>
      send('refreshAuth', undefined, (answer) => {
        keepAuth((answer ?? {}) as Record<string, unknown>)
        callback?.(getAuth())
      }),
    )
  }

  function createError(status: number, answer: Answer) {
    const ex = { error: answer.error ?? '', error_description: answer.error_description ?? '' }
    return { status, ex, toString: () => `${ex.error}${ex.error_description ? `: ${ex.error_description}` : ''} (${status})` }
  }

  function createResult(method: string, params: Record<string, unknown>, status: number, answer: Answer, callback?: Callback) {
    const failed = answer.error !== undefined
    const result = {
      answer,
      status,
      query: { method, data: params },
      data: () => (failed ? undefined : answer.result),
      error: () => (failed ? createError(status, answer) : undefined),
      more: () => !failed && typeof answer.next === 'number',
      total: () => answer.total,
      time: () => answer.time,
      next: (cb?: Callback) => {
        if (!result.more()) return false
        callMethod(method, { ...params, start: answer.next }, cb ?? callback)
        return true
      },
    }
    return result
  }

  function post(method: string, params: Record<string, unknown>, retried: boolean, done: (status: number, answer: Answer) => void): void {
    const body = new URLSearchParams()
    encode('', params, body)
    body.set('auth', auth.accessToken)
    fetch(`${portalOrigin}/rest/${method}.json`, { method: 'POST', body })
      .then(async (response) => ({ status: response.status, answer: (await response.json()) as Answer }))
      .catch((error: unknown) => ({ status: 0, answer: { error: 'NETWORK_ERROR', error_description: String(error) } }))
      .then(({ status, answer }) => {
        // An expired token is renewed through the portal window once, then the call is sent again.
        if (!retried && status === 401 && answer.error === 'expired_token') refreshAuth(() => post(method, params, true, done))
        else done(status, answer)
      })
  }

  function callMethod(method: string, params?: Record<string, unknown>, callback?: Callback): void {
    const own = { ...(params ?? {}) }
    whenReady(() => {
      const go = () => post(method, own, false, (status, answer) => callback?.(createResult(method, own, status, answer, callback)))
      if (getAuth() === false) refreshAuth(go)
      else go()
    })
  }

  function callBatch(calls: Record<string, unknown> | unknown[], callback?: Callback, haltOnError = false): void {
    const cmd: Record<string, string> | string[] = Array.isArray(calls) ? [] : {}
    const entries = Object.entries(calls) as Array<[string, unknown]>
    for (const [key, call] of entries) {
      const [method, callParams] = Array.isArray(call)
        ? [String(call[0]), (call[1] ?? {}) as Record<string, unknown>]
        : [String((call as { method: string }).method), ((call as { params?: unknown }).params ?? {}) as Record<string, unknown>]
      const query = new URLSearchParams()
      encode('', callParams, query)
      ;(cmd as Record<string, string>)[key] = `${method}?${query.toString()}`
    }
    callMethod('batch', { halt: haltOnError ? 1 : 0, cmd }, (value) => {
      const whole = value as ReturnType<typeof createResult>
      const failed = whole.error()
      const inner = (whole.data() ?? {}) as Record<string, Record<string, unknown> | undefined>
      const results: Record<string, unknown> | unknown[] = Array.isArray(calls) ? [] : {}
      for (const [key, call] of entries) {
        const method = Array.isArray(call) ? String(call[0]) : String((call as { method: string }).method)
        const error = inner.result_error?.[key] as Answer | undefined
        const answer: Answer = failed
          ? whole.answer
          : error
            ? error
            : { result: inner.result?.[key], total: inner.result_total?.[key] as number, next: inner.result_next?.[key] as number }
        ;(results as Record<string, unknown>)[key] = createResult(method, {}, failed ? whole.status : error ? 400 : 200, answer)
      }
      callback?.(results)
    })
  }

  const options = (field: 'APP_OPTIONS' | 'USER_OPTIONS') => (data?.[field] ?? {}) as Record<string, unknown>
  const bx24: Bx24 = {
    init: (callback: () => void) => whenReady(callback),
    ready: (callback: () => void) => {
      if (root.document.readyState === 'loading') root.document.addEventListener('DOMContentLoaded', () => callback())
      else callback()
    },
    isReady: () => data !== undefined,
    callMethod,
    callBatch,
    getAuth,
    refreshAuth,
    getDomain: () => domain,
    getLang: () => String(data?.LANG ?? ''),
    isAdmin: () => data?.IS_ADMIN === true,
    installFinish: () => send('setInstallFinish'),
    resizeWindow: (width: number | string, height: number, callback?: Callback) => send('resizeWindow', { width, height }, callback),
    fitWindow: (callback?: Callback) =>
      send('resizeWindow', { width: '100%', height: root.document.documentElement.scrollHeight }, callback),
    getScrollSize: () => ({
      scrollWidth: root.document.documentElement.scrollWidth,
      scrollHeight: root.document.documentElement.scrollHeight,
    }),
    setTitle: (title: string, callback?: Callback) => send('setTitle', { title }, callback),
    reloadWindow: () => send('reloadWindow'),
    appOption: {
      get: (name: string) => options('APP_OPTIONS')[name],
      set: (name: string, value: unknown, callback?: Callback) => {
        if (data) data.APP_OPTIONS = { ...options('APP_OPTIONS'), [name]: value }
        send('setAppOption', { name, value }, callback)
      },
    },
    userOption: {
      get: (name: string) => options('USER_OPTIONS')[name],
      set: (name: string, value: unknown, callback?: Callback) => {
        if (data) data.USER_OPTIONS = { ...options('USER_OPTIONS'), [name]: value }
        send('setUserOption', { name, value }, callback)
      },
    },
    placement: {
      info: () => ({ placement: String(data?.PLACEMENT ?? 'DEFAULT'), options: data?.PLACEMENT_OPTIONS ?? {} }),
      call: (command: string, params?: unknown, callback?: Callback) => send(command, params, callback),
      getInterface: (callback?: Callback) => send('getInterface', undefined, callback),
      bindEvent: (event: string, callback?: Callback) => send('placementBindEvent', { event }, callback),
    },
  }
  ;(root as unknown as { BX24: Bx24 }).BX24 = bx24

  // The library asks for its data at once, as the portal's does.
  send('getInitData', undefined, (answer) => {
    data = (answer ?? {}) as Record<string, unknown>
    keepAuth(data)
    for (const run of onInit.splice(0)) run()
  })
  return bx24
}

/** The double as a classic browser script (served at `/frame/bx24.js`): installs `window.BX24`. */
export const bx24Script = `/* BX24 test double from @b24kit/mock: see its README, "Testing an app inside Bitrix24". */
;(${installBx24.toString()})(window);
`
