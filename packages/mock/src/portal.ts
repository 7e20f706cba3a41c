/**
 * The mock portal for any runtime (Node or browser): the engine, its MSW handlers and the public
 * types. Nothing here imports node: modules, so a browser bundle with `setupWorker` can use it.
 */
import type { RequestHandler } from 'msw'
import { createMockEngine, type MockEngine, type MockPortalOptions } from './engine.js'
import { createMockFetch } from './fetch/mock-fetch.js'
import { createMswHandlers } from './msw-handlers.js'

/** A mock portal: the engine plus its MSW handlers. */
export interface MockPortal extends MockEngine {
  /** MSW 2 handlers answering any origin's `/rest/*`. */
  handlers: RequestHandler[]
  /** A fetch answered by this portal in-process, without msw: a client's `fetch` option (see `createMockFetch`). */
  fetch: typeof fetch
}

/** Creates a mock portal; pass `portal.handlers` to msw's `setupServer` or `setupWorker`. */
export function createMockPortal(options: MockPortalOptions = {}): MockPortal {
  const engine = createMockEngine(options)
  return Object.assign(engine, { handlers: createMswHandlers(engine), fetch: createMockFetch(engine) })
}

export type { MockOAuthToken, MockPermission, MockUser, MockWebhook } from './auth.js'
export { createManualClock, type ManualClock, type MockClock, systemClock } from './clock.js'
export {
  createMockEngine,
  defaultAccessToken,
  defaultWebhookCode,
  type MockCall,
  MockConnectionDropped,
  type MockEngine,
  type MockPortalOptions,
} from './engine.js'
export type { MockReply, MockTime, PortalLang } from './envelope.js'
export type { MockEventRetry } from './events/delivery.js'
export type { MockErrorFault, MockFaults, MockLatency } from './faults.js'
export { createMockFetch } from './fetch/mock-fetch.js'
export {
  type Bx24,
  createFrameHost,
  defaultFrameApp,
  type FrameHost,
  FrameHostError,
  type FrameHostOptions,
  parseFrameMessage,
} from './frame/index.js'
/** The shipped methods and entities as the mock serves them: `b24kit generate` checks a project's entries against them. */
export { entityTable as shippedEntityTable, methodTable as shippedMethodTable } from './generated/index.js'
export type { JournalEntry } from './journal.js'
export type { MockPlan } from './limits.js'
export type { MockApplicationOptions, MockApplications } from './oauth/applications.js'
export type { MockApp } from './oauth/apps.js'
export type { TokenAnswer } from './oauth/authority.js'
export type { MockOptionStore, MockOptions } from './options.js'
export type { MockProjectTable } from './project/table.js'
export { type MockSeed, MockSeedError, type MockStore } from './store.js'
export type { MockEntity, MockMethod } from './table.js'
export { createUserFieldSeed, listUserFields } from './userfields/seed.js'
