/**
 * What the portal window does with each frame command: answers from the mock's own state (its
 * OAuth tokens, its option store), changes to that state, and what the host page must do in the
 * browser (resize the iframe, set the title, reload). Every command is recorded in the journal.
 */
import type { MockEngine } from '../engine.js'
import { redactValue } from '../journal.js'
import type { MockApp } from '../oauth/apps.js'
import type { TokenAnswer } from '../oauth/authority.js'
import type { FrameMessage } from './protocol.js'

/** How the portal shows the app: the launch's settings (all fixed when the host is made). */
export interface FrameLaunch {
  /** The placement code (`PLACEMENT`); `DEFAULT` is the app's own page. */
  placement: string
  /** `PLACEMENT_OPTIONS`, such as `{ ID: '50' }` for a CRM card tab. */
  placementOptions: Record<string, unknown>
  lang: string
  isAdmin: boolean
  userId: number
  /** The app the portal shows: its tokens come from the mock's OAuth server, as any app's do. */
  app: MockApp
  /** `MEMBER_ID`: the portal's id as apps see it. */
  memberId: string
}

/** What can change while the app runs: install mode ends with `setInstallFinish`, the first run with `setInstall`. */
export interface FrameState {
  install: boolean
  firstRun: boolean
}

/** One opened host page: its app sid, where the browser reached the portal, and the app's current token. */
export interface FrameSession {
  appSid: string
  /** `host:port` as the browser reached the portal: the origin the app posts to. */
  domain: string
  https: boolean
  /** The pair the OAuth server issued for this page (`AUTH_ID`, `REFRESH_ID`). */
  token: TokenAnswer
}

/** What the host page does in the browser after a command. */
export type FrameEffect =
  | { kind: 'resize'; width: number | string; height: number | string }
  | { kind: 'title'; title: string }
  | { kind: 'reload' }

/** The outcome of one command: the answer's data (undefined: an answer without data) and an effect. */
export interface FrameOutcome {
  answer: unknown
  effect?: FrameEffect
}

/** Everything a command reads and changes. */
export interface FrameContext {
  engine: MockEngine
  launch: FrameLaunch
  state: FrameState
}

/** PHP sends an empty array as `[]`, never `{}`: the portal's `APP_OPTIONS` with nothing set is `[]`. */
function toPhpMap(options: Record<string, unknown>): Record<string, unknown> | [] {
  return Object.keys(options).length === 0 ? [] : options
}

function readOption(params: unknown): { name: string; value: unknown } | undefined {
  if (typeof params !== 'object' || params === null) return undefined
  const { name, value } = params as Record<string, unknown>
  return typeof name === 'string' && name !== '' ? { name, value } : undefined
}

function readSize(value: unknown): number | string {
  return typeof value === 'number' || typeof value === 'string' ? value : 0
}

/** A command's params as a journal entry holds them: an object (a bare value under `value`). */
function toJournalParams(params: unknown): Record<string, unknown> {
  if (params === undefined) return {}
  return typeof params === 'object' && params !== null && !Array.isArray(params) ? (params as Record<string, unknown>) : { value: params }
}

/** `getInitData`: the fields the portal gives an app when it starts. */
function getInitData(ctx: FrameContext, session: FrameSession): Record<string, unknown> {
  const { launch, state, engine } = ctx
  return {
    DOMAIN: session.domain,
    PROTOCOL: session.https ? 1 : 0,
    PATH: '/frame/',
    LANG: launch.lang,
    AUTH_ID: session.token.access_token,
    AUTH_EXPIRES: getSecondsLeft(ctx, session.token),
    REFRESH_ID: session.token.refresh_token,
    MEMBER_ID: launch.memberId,
    IS_ADMIN: launch.isAdmin,
    INSTALL: state.install,
    FIRST_RUN: state.firstRun,
    APP_OPTIONS: toPhpMap(engine.store.options.getApp()),
    USER_OPTIONS: toPhpMap(engine.store.options.getUser(launch.userId)),
    PLACEMENT: launch.placement,
    PLACEMENT_OPTIONS: toPhpMap(launch.placementOptions),
  }
}

/** Seconds until the page's access token expires on the mock's clock (0 once it has). */
function getSecondsLeft(ctx: FrameContext, token: TokenAnswer): number {
  const issued = ctx.engine.applications.authority.lookup(token.access_token)
  return issued ? Math.max(0, Math.round((issued.expiresAt - ctx.engine.clock.now()) / 1000)) : 0
}

/** A fresh pair from the OAuth server, as the portal window gets one from the user's session. */
function issueToken(ctx: FrameContext): TokenAnswer {
  return ctx.engine.applications.authority.issue(ctx.launch.app, ctx.launch.userId)
}

/** Issues the token a new host page hands its app. */
export function openFrameSession(ctx: FrameContext, appSid: string, domain: string, https: boolean): FrameSession {
  return { appSid, domain, https, token: issueToken(ctx) }
}

/** Runs one command of a session and records it in the journal. */
export function runFrameCommand(ctx: FrameContext, session: FrameSession, message: FrameMessage): FrameOutcome {
  const { engine, launch, state } = ctx
  let status = 200
  let error: string | undefined
  let outcome: FrameOutcome = { answer: undefined }
  switch (message.command) {
    case 'getInitData':
      outcome = { answer: getInitData(ctx, session) }
      break
    case 'refreshAuth':
      session.token = issueToken(ctx)
      outcome = {
        answer: { AUTH_ID: session.token.access_token, REFRESH_ID: session.token.refresh_token, AUTH_EXPIRES: session.token.expires_in },
      }
      break
    case 'setAppOption': {
      const option = readOption(message.params)
      // Application options are the administrator's to set, as `app.option.set` is.
      if (!launch.isAdmin) [status, error] = [403, 'ACCESS_DENIED']
      else if (!option) [status, error] = [400, 'INVALID_REQUEST']
      else engine.store.options.setApp(option.name, option.value)
      break
    }
    case 'setUserOption': {
      const option = readOption(message.params)
      if (option) engine.store.options.setUser(launch.userId, option.name, option.value)
      else [status, error] = [400, 'INVALID_REQUEST']
      break
    }
    case 'setInstall':
      state.firstRun = false
      break
    case 'setInstallFinish':
      // Ending the installer reloads the app, which now starts out of install mode.
      state.install = false
      outcome.effect = { kind: 'reload' }
      break
    case 'reloadWindow':
      outcome.effect = { kind: 'reload' }
      break
    case 'resizeWindow': {
      const params = (message.params ?? {}) as Record<string, unknown>
      outcome.effect = { kind: 'resize', width: readSize(params.width), height: readSize(params.height) }
      break
    }
    case 'setTitle': {
      const params = (message.params ?? {}) as Record<string, unknown>
      outcome.effect = { kind: 'title', title: String(params.title ?? '') }
      break
    }
    case 'getInterface':
      // The stand-in placement offers no commands or events of its own.
      outcome = { answer: { command: [], event: [] } }
      break
    default:
      // Placement calls, dialogs, scrolling, messenger: recorded, answered without data.
      break
  }
  const entry = engine.record({
    httpMethod: 'POST',
    path: '/frame/',
    method: message.command,
    transport: 'frame',
    userId: launch.userId,
    params: redactValue(toJournalParams(message.params)) as Record<string, unknown>,
    status,
  })
  if (error) entry.error = error
  return outcome
}
