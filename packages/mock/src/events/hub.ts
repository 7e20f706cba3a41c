/**
 * The portal's events for applications: `event.bind`, `event.unbind`, `event.get` and the offline
 * queue (`event.offline.get`, `.clear`, `.list`), and the firing of events to bound handlers. Which
 * method fires which event is in the method table (the specs' `events`), not here.
 *
 * Facts from the docs (api-reference/events/*, the event pages such as on-crm-contact-delete and
 * on-app-install): parameters, answers, the payload's fields and the `ERROR_EVENT_NOT_FOUND` and
 * `ACCESS_DENIED` rows. Inferred and marked so: `WRONG_AUTH_TYPE` for a call outside an app (the
 * text other methods' pages give), and the texts for a missing handler and a second bind.
 */
import type { MockCaller } from '../auth.js'
import type { CallOutcome } from '../methods.js'
import type { MockApp } from '../oauth/apps.js'
import type { OAuthAuthority, TokenAnswer } from '../oauth/authority.js'
import type { MockParams } from '../params.js'
import type { MockErrorRow } from '../table.js'
import type { EventDelivery } from './delivery.js'

/** One handler bound by an app. */
export interface EventBinding {
  id: number
  clientId: string
  event: string
  handler: string
  /** The user whose tokens the payload carries; 0: the user whose action fired the event. */
  authType: number
  offline: boolean
}

/** A method of the event family: answers for an app caller (the engine has authenticated it). */
export type EventMethod = (params: MockParams, caller: MockCaller) => CallOutcome

/** What the hub needs from the engine. */
export interface EventHubOptions {
  authority: OAuthAuthority
  delivery: EventDelivery
  /** Every event some method fires, upper-case (from the method table). */
  knownEvents(): ReadonlySet<string>
  now(): number
  lang: string
}

/** Bindings, the offline queue, and the methods over them. */
export interface EventHub {
  /** `event.bind` and the rest, by lower-case name. */
  methods: ReadonlyMap<string, EventMethod>
  /** Fires an event with its `data` to every handler bound for it (online), or queues it (offline). */
  fire(event: string, data: Record<string, unknown>, caller: MockCaller, scope: string): void
  /** Sends ONAPPINSTALL to the app's installation callback with its first pair. */
  install(app: MockApp, pair: TokenAnswer): void
  /** Drops bindings and the offline queue (the engine's reset). */
  reset(): void
}

const row = (id: string, status: number, code: string, text: string, kind: string): MockErrorRow => ({ id, status, code, text, kind })

/** The event methods' own error rows. */
export const eventErrors = {
  wrongAuthType: row('wrongAuthType', 403, 'WRONG_AUTH_TYPE', 'Current authorization type is denied for this method', 'accessDenied'),
  eventNotFound: row('eventNotFound', 400, 'ERROR_EVENT_NOT_FOUND', 'Event not found', 'invalidParams'),
  handlerMissing: row('handlerMissing', 400, 'ERROR_ARGUMENT', "Argument 'handler' is null or empty", 'invalidParams'),
  handlerExists: row('handlerExists', 400, '', 'Handler already binded', 'invalidParams'),
  offlineDenied: row(
    'offlineDenied',
    403,
    'ACCESS_DENIED',
    'Access denied! Offline events binding requires administrator access rights',
    'accessDenied',
  ),
  authTypeDenied: row(
    'authTypeDenied',
    403,
    'ACCESS_DENIED',
    'Access denied! Event binding with AUTH_TYPE requires administrator access rights',
    'accessDenied',
  ),
  adminOnly: row('adminOnly', 403, 'ACCESS_DENIED', 'Access denied!', 'accessDenied'),
  processMissing: row('processMissing', 400, 'ERROR_ARGUMENT', "Argument 'process_id' is null or empty", 'invalidParams'),
} as const

/** The application events that need no method to fire them. */
const appEvents = ['ONAPPINSTALL', 'ONAPPUNINSTALL', 'ONAPPUPDATE', 'ONOFFLINEEVENT']

interface OfflineRecord {
  ID: string
  TIMESTAMP_X: string
  EVENT_NAME: string
  EVENT_DATA: unknown
  EVENT_ADDITIONAL: unknown
  MESSAGE_ID: string
  PROCESS_ID: string
  ERROR: string
  clientId: string
}

const isoTime = (ms: number) => `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}+00:00`
const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '')
const isAdmin = (caller: MockCaller) => caller.user.permissions === undefined || caller.user.permissions === '*'
const failWith = (r: MockErrorRow): CallOutcome => ({ ok: false, row: r })

/** Creates the hub over the OAuth server's apps and the delivery queue. */
export function createEventHub(options: EventHubOptions): EventHub {
  const { authority, delivery } = options
  let bindings: EventBinding[] = []
  let offline: OfflineRecord[] = []
  let nextId = 1
  let nextRecord = 1
  let nextProcess = 1

  const appOf = (caller: MockCaller) => (caller.clientId === undefined ? undefined : authority.apps.get(caller.clientId))
  /** The auth block of a payload: a fresh pair for the user, and the app's facts. */
  const authBlock = (app: MockApp, userId: number, scope: string, pair = authority.issue(app, userId)) => ({
    access_token: pair.access_token,
    expires_in: pair.expires_in,
    scope,
    domain: new URL(authority.origins.portal).host,
    server_endpoint: pair.server_endpoint,
    status: pair.status,
    client_endpoint: pair.client_endpoint,
    member_id: authority.memberId,
    refresh_token: pair.refresh_token,
    application_token: authority.getApplicationToken(app),
  })
  /** Runs an event method for app callers only, as the portal does. */
  const forApps =
    (run: (params: MockParams, caller: MockCaller, app: MockApp) => CallOutcome): EventMethod =>
    (params, caller) => {
      const app = appOf(caller)
      return app ? run(params, caller, app) : failWith(eventErrors.wrongAuthType)
    }
  const readBinding = (params: MockParams) => ({
    event: text(params.event ?? params.EVENT).toUpperCase(),
    handler: text(params.handler ?? params.HANDLER),
    authType: Number(text(params.auth_type ?? params.AUTH_TYPE) || 0),
    offline: text(params.event_type ?? params.EVENT_TYPE).toLowerCase() === 'offline',
  })

  const methods = new Map<string, EventMethod>([
    [
      'event.bind',
      forApps((params, caller, app) => {
        const b = readBinding(params)
        if (!options.knownEvents().has(b.event) && !appEvents.includes(b.event)) return failWith(eventErrors.eventNotFound)
        if (!b.offline && b.handler === '') return failWith(eventErrors.handlerMissing)
        if (b.offline && !isAdmin(caller)) return failWith(eventErrors.offlineDenied)
        if (b.authType !== 0 && b.authType !== caller.user.id && !isAdmin(caller)) return failWith(eventErrors.authTypeDenied)
        const same = (x: EventBinding) =>
          x.clientId === app.clientId && x.event === b.event && x.handler === b.handler && x.offline === b.offline
        if (bindings.some(same)) return failWith(eventErrors.handlerExists)
        bindings.push({ id: nextId++, clientId: app.clientId, ...b })
        return { ok: true, result: true }
      }),
    ],
    [
      'event.unbind',
      forApps((params, caller, app) => {
        const b = readBinding(params)
        if (b.offline && !isAdmin(caller)) return failWith(eventErrors.offlineDenied)
        const gone = (x: EventBinding) =>
          x.clientId === app.clientId && x.event === b.event && x.offline === b.offline && (b.offline || x.handler === b.handler)
        const before = bindings.length
        bindings = bindings.filter((x) => !gone(x))
        return { ok: true, result: { count: before - bindings.length } }
      }),
    ],
    [
      'event.get',
      forApps((_params, _caller, app) => ({
        ok: true,
        result: bindings
          .filter((x) => x.clientId === app.clientId)
          .map((x) => ({ event: x.event, handler: x.handler, auth_type: String(x.authType), offline: x.offline ? 1 : 0 })),
      })),
    ],
    [
      'event.offline.get',
      forApps((params, caller, app) => {
        if (!isAdmin(caller)) return failWith(eventErrors.adminOnly)
        const limit = Math.max(1, Number(text(params.limit)) || 50)
        const asked = text(params.process_id)
        const processId = asked || `${app.clientId}.${nextProcess++}`
        const mine = offline.filter((r) => r.clientId === app.clientId && (asked ? r.PROCESS_ID === asked : r.PROCESS_ID === ''))
        const taken = mine.slice(0, limit)
        for (const r of taken) r.PROCESS_ID = processId
        // `clear` defaults to 1: what is handed out leaves the queue.
        if (text(params.clear) !== '0') offline = offline.filter((r) => !taken.includes(r))
        const events = taken.map(({ PROCESS_ID: _p, ERROR: _e, clientId: _c, ...r }) => r)
        return { ok: true, result: { process_id: taken.length > 0 ? processId : null, events } }
      }),
    ],
    [
      'event.offline.clear',
      forApps((params, caller, app) => {
        if (!isAdmin(caller)) return failWith(eventErrors.adminOnly)
        const processId = text(params.process_id)
        if (processId === '') return failWith(eventErrors.processMissing)
        const ids = Array.isArray(params.id) ? params.id.map(text) : undefined
        offline = offline.filter((r) => !(r.clientId === app.clientId && r.PROCESS_ID === processId && (!ids || ids.includes(r.ID))))
        return { ok: true, result: true }
      }),
    ],
    [
      'event.offline.list',
      forApps((_params, caller, app) => {
        if (!isAdmin(caller)) return failWith(eventErrors.adminOnly)
        const mine = offline.filter((r) => r.clientId === app.clientId).map(({ clientId: _c, ...r }) => r)
        return { ok: true, result: mine, total: mine.length }
      }),
    ],
  ])

  return {
    methods,
    fire(event, data, caller, scope) {
      const ts = String(Math.floor(options.now() / 1000))
      for (const b of bindings) {
        if (b.event !== event) continue
        const app = authority.apps.get(b.clientId)
        if (!app) continue
        if (b.offline) {
          const id = String(nextRecord++)
          offline.push({
            ID: id,
            TIMESTAMP_X: isoTime(options.now()),
            EVENT_NAME: event,
            EVENT_DATA: data,
            EVENT_ADDITIONAL: { user_id: caller.user.id },
            MESSAGE_ID: id,
            PROCESS_ID: '',
            ERROR: '0',
            clientId: b.clientId,
          })
          continue
        }
        const userId = b.authType || caller.user.id
        delivery.send(b.handler, event, { event, event_handler_id: b.id, data, ts, auth: authBlock(app, userId, scope) })
      }
    },
    install(app, pair) {
      if (!app.installHandler) return
      const data = { VERSION: '1', ACTIVE: 'Y', INSTALLED: 'Y', LANGUAGE_ID: options.lang }
      const ts = String(Math.floor(options.now() / 1000))
      const scope = pair.scope
      delivery.send(app.installHandler, 'ONAPPINSTALL', {
        event: 'ONAPPINSTALL',
        data,
        ts,
        auth: authBlock(app, pair.user_id, scope, pair),
      })
    },
    reset() {
      bindings = []
      offline = []
      nextId = 1
      nextRecord = 1
      nextProcess = 1
    },
  }
}
