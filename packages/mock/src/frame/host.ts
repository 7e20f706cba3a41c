/**
 * The frame host: a page at `/frame/` that plays the portal window around a placement app, so an
 * app that runs inside Bitrix24 (the official B24Frame, or BX24.js code through our double) runs
 * in a browser against the mock. Framework-free: `dispatch(Request)` answers its paths; the
 * node:http server mounts it under `startMockServer({ frame })`, and tests can route a browser's
 * requests to it (Playwright's `page.route`) without any server.
 */
import type { MockEngine } from '../engine.js'
import { allowOriginHeader } from '../http/cors.js'
import type { MockApp } from '../oauth/apps.js'
import type { OAuthAuthority } from '../oauth/authority.js'
import { bx24Script } from './bx24-script.js'
import { type FrameContext, type FrameSession, openFrameSession, runFrameCommand } from './commands.js'
import { renderHostPage } from './page.js'
import { formatFrameAnswer, formatFrameName, parseFrameMessage } from './protocol.js'

/** How the portal shows the app. Only `appUrl` is required. */
export interface FrameHostOptions {
  /** The app's page (http or https), embedded as the portal embeds it. */
  appUrl: string
  /** `PLACEMENT`; default `DEFAULT` (the app's own page). */
  placement?: string
  /** `PLACEMENT_OPTIONS`; default none. */
  placementOptions?: Record<string, unknown>
  /** `LANG`; default the portal's language. */
  lang?: string
  /** `IS_ADMIN`; default true. A non-admin's `setAppOption` is refused, as `app.option.set` is. */
  isAdmin?: boolean
  /** `INSTALL`: open the app in install mode until it calls `setInstallFinish`; default false. */
  install?: boolean
  /** `FIRST_RUN`: until the app answers with `setInstall`; default false. */
  firstRun?: boolean
  /** The user the app runs as (its token's user); default 1. */
  userId?: number
  /**
   * The registered app (`apps`) the portal shows: the mock's OAuth server issues its tokens, which
   * live the portal's `tokenTtlSeconds`. Default: the first registered app, else `defaultFrameApp`
   * (registered on the portal when the host is made).
   */
  clientId?: string
  /** `MEMBER_ID`; default `b24kitmockmember`. */
  memberId?: string
}

/** The host, ready to answer its paths. */
export interface FrameHost {
  /** Where the page is: `/frame/`. */
  readonly path: string
  /** Install and first-run mode as the app has left them. */
  readonly state: { install: boolean; firstRun: boolean }
  /** Whether a URL path is one of the host's (`/frame`, `/frame/...`). */
  owns(pathname: string): boolean
  /** Answers a request for one of the host's paths: the page, a command, `bx24.js`. */
  dispatch(request: Request): Promise<Response>
}

/** A bad host option: names the option and the value. */
export class FrameHostError extends Error {
  override name = 'FrameHostError'
}

/**
 * The app a frame host shows on a portal with no registered app. Its secret is documented, like
 * `defaultWebhookCode`, so a test can refresh the frame's `REFRESH_ID` at `/oauth/token/` too.
 */
export const defaultFrameApp: Readonly<MockApp> = { clientId: 'local.b24kitframe.1', clientSecret: 'b24kitframesecret' }

const framePath = /^\/frame(?:\/|$)/
// A page left open holds its session; a bound keeps reloads from growing the map without end.
const maxSessions = 100

function readAppUrl(value: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new FrameHostError(`appUrl: expected an absolute http or https URL, got "${value}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FrameHostError(`appUrl: expected an http or https URL, got "${value}"`)
  return url
}

function getAppOrThrow(authority: OAuthAuthority, clientId: string | undefined): MockApp {
  if (clientId === undefined) return authority.apps.values().next().value ?? authority.registerApp({ ...defaultFrameApp })
  const app = authority.apps.get(clientId)
  if (!app) throw new FrameHostError(`clientId: expected the client id of a registered app (the portal's apps), got "${clientId}"`)
  return app
}

function createSid(): string {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function json(status: number, value: unknown): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}

/** Creates the frame host for a portal (an engine, a `createMockPortal()`, or a server's `engine`). */
export function createFrameHost(portal: MockEngine, options: FrameHostOptions): FrameHost {
  const appUrl = readAppUrl(options.appUrl)
  const ctx: FrameContext = {
    engine: portal,
    launch: {
      placement: options.placement ?? 'DEFAULT',
      placementOptions: options.placementOptions ?? {},
      lang: options.lang ?? portal.lang,
      isAdmin: options.isAdmin ?? true,
      userId: options.userId ?? 1,
      app: getAppOrThrow(portal.applications.authority, options.clientId),
      memberId: options.memberId ?? 'b24kitmockmember',
    },
    state: { install: options.install ?? false, firstRun: options.firstRun ?? false },
  }
  const sessions = new Map<string, FrameSession>()

  function openPage(url: URL): Response {
    const appSid = createSid()
    const https = url.protocol === 'https:'
    sessions.set(appSid, openFrameSession(ctx, appSid, url.host, https))
    if (sessions.size > maxSessions) sessions.delete(sessions.keys().next().value as string)
    const src = new URL(appUrl)
    // The portal opens the app with these in the query too (B24Frame reads the iframe's name).
    src.searchParams.set('DOMAIN', url.host)
    src.searchParams.set('PROTOCOL', https ? '1' : '0')
    src.searchParams.set('LANG', ctx.launch.lang)
    src.searchParams.set('APP_SID', appSid)
    const { launch } = ctx
    const modes = [ctx.state.install && 'install mode', ctx.state.firstRun && 'first run'].filter(Boolean)
    const html = renderHostPage({
      appOrigin: appUrl.origin,
      appSid,
      commandUrl: '/frame/command',
      frameSrc: src.href,
      frameName: formatFrameName(url.host, https, appSid),
      lang: launch.lang,
      caption: [`placement ${launch.placement}`, `user ${launch.userId}${launch.isAdmin ? ' (admin)' : ''}`, ...modes].join(' · '),
    })
    return new Response(html, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } })
  }

  async function runCommand(request: Request): Promise<Response> {
    let body: { appSid?: unknown; message?: unknown }
    try {
      body = (await request.json()) as typeof body
    } catch {
      return json(400, { error: 'INVALID_REQUEST', error_description: 'Expected a JSON body {appSid, message}.' })
    }
    const session = typeof body.appSid === 'string' ? sessions.get(body.appSid) : undefined
    if (!session) return json(404, { error: 'NOT_FOUND', error_description: 'No frame page with this app sid: reload /frame/.' })
    const message = parseFrameMessage(body.message)
    // A message for another app, or not a frame command at all: the portal ignores it.
    if (!message || message.appSid !== session.appSid) return json(422, { error: 'NOT_A_FRAME_COMMAND', error_description: '' })
    const outcome = runFrameCommand(ctx, session, message)
    const reply = message.callbackKey ? formatFrameAnswer(message.callbackKey, outcome.answer) : undefined
    return json(200, { reply, effect: outcome.effect })
  }

  return {
    path: '/frame/',
    state: ctx.state,
    owns: (pathname) => framePath.test(pathname),
    async dispatch(request) {
      const url = new URL(request.url)
      const path = url.pathname.replace(/^\/frame\/?/, '')
      if (path === '' && request.method === 'GET') return openPage(url)
      if (path === 'command' && request.method === 'POST') return runCommand(request)
      if (path === 'bx24.js' && request.method === 'GET')
        return new Response(bx24Script, {
          status: 200,
          headers: { 'Content-Type': 'text/javascript; charset=utf-8', ...allowOriginHeader },
        })
      return json(404, {
        error: 'NOT_FOUND',
        error_description: `The frame host serves /frame/, /frame/command and /frame/bx24.js, not ${url.pathname}.`,
      })
    },
  }
}
