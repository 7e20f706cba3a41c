/**
 * Applications on the mock portal, put together: the OAuth server that issues their tokens, the
 * events they bind, and the queue that delivers them. The engine makes one and calls into it at a
 * few points (token lookup, the event methods, firing after a method changed the store).
 */
import type { MockClock } from '../clock.js'
import { createEventDelivery, type MockEventRetry } from '../events/delivery.js'
import { createEventHub, type EventHub } from '../events/hub.js'
import { createRandom, type FaultInjector } from '../faults.js'
import type { JournalEntry } from '../journal.js'
import type { MockMethod } from '../table.js'
import type { MockApp } from './apps.js'
import { createOAuthAuthority, type OAuthAuthority } from './authority.js'

/** The engine's options about applications. */
export interface MockApplicationOptions {
  /** Registered applications (the OAuth server's clients). */
  apps?: readonly MockApp[]
  /** Lifetime of issued access tokens in seconds (default 3600). */
  tokenTtlSeconds?: number
  /** How failed event deliveries are retried. */
  eventRetry?: MockEventRetry
  /** The fetch events are POSTed with (default the global one). */
  eventFetch?: typeof fetch
}

/** The OAuth server, the event hub, and a way to wait for deliveries. */
export interface MockApplications {
  authority: OAuthAuthority
  hub: EventHub
  /** Resolves once every event delivery started so far has settled (delivered or out of attempts). */
  idle(): Promise<void>
}

/** What the engine lends. */
export interface ApplicationContext {
  clock: MockClock
  faults: FaultInjector
  randomSeed: number
  lang: string
  methods: ReadonlyMap<string, MockMethod>
  record(entry: Omit<JournalEntry, 'seq' | 'at' | 'transport'> & { transport?: JournalEntry['transport'] }): void
}

/** Creates the applications part of an engine. */
export function createApplications(options: MockApplicationOptions, ctx: ApplicationContext): MockApplications {
  const delivery = createEventDelivery({
    clock: ctx.clock,
    faults: ctx.faults,
    retry: options.eventRetry,
    fetch: options.eventFetch,
    record: (entry) => ctx.record({ ...entry, transport: 'event' }),
  })
  let known: Set<string> | undefined
  const authority = createOAuthAuthority({
    apps: options.apps ?? [],
    tokenTtlSeconds: options.tokenTtlSeconds,
    clock: ctx.clock,
    // Its own stream, so tokens do not shift the fault injector's draws.
    random: createRandom(ctx.randomSeed ^ 0x5eed0a17),
    record: ctx.record,
    onInstall: (app, pair) => hub.install(app, pair),
  })
  const hub: EventHub = createEventHub({
    authority,
    delivery,
    // Read once, at the first bind: which events exist is fixed by the specs.
    knownEvents: () => {
      known ??= new Set([...ctx.methods.values()].flatMap((m) => m.events ?? []))
      return known
    },
    now: () => ctx.clock.now(),
    lang: ctx.lang,
  })
  return { authority, hub, idle: delivery.idle }
}
