/**
 * The portals the mock fuzzing runs against, and the store invariants it checks after each request:
 * a contact is present or was deleted by a call that answered `true`; nothing else vanishes or appears.
 */
import { createManualClock, type ManualClock, type MockPortalOptions, type MockStore } from '@b24kit/mock'
import { fuzzCredentials } from './mock-requests.js'

/** Contacts 1..60 (50 included), with linked activities and requisites so cascades are exercised. */
export function createFuzzSeed(): MockPortalOptions['seed'] {
  const ids = Array.from({ length: 60 }, (_, i) => i + 1)
  return {
    contact: ids.map((id) => ({ ID: id, NAME: `Contact ${id}` })),
    activity: ids.filter((id) => id % 3 === 0).map((id) => ({ ID: 1000 + id, CONTACT_ID: id })),
    requisite: ids.filter((id) => id % 4 === 0).map((id) => ({ ID: 2000 + id, CONTACT_ID: String(id) })),
  }
}

/** One portal setup, with the manual clock a test advances between requests (if any). */
export interface FuzzPortalSetup {
  name: string
  options: MockPortalOptions
  clock?: ManualClock
  /** Whether requests reach it over plain http (so strict HTTPS refuses webhooks). */
  plainHttp: boolean
}

/** Four portals: plain; English with a rate limit; strict HTTPS; faults with an operating budget. */
export function createFuzzPortalSetups(): FuzzPortalSetup[] {
  const common: MockPortalOptions = {
    seed: createFuzzSeed(),
    webhooks: [
      { userId: 1, code: fuzzCredentials.code },
      { userId: 2, code: fuzzCredentials.user2Code },
    ],
    users: [
      { id: 1, permissions: '*', scopes: '*' },
      { id: 2, permissions: { contact: ['read'] }, scopes: '*' },
    ],
    oauthTokens: [
      fuzzCredentials.token,
      { token: fuzzCredentials.scopedToken, userId: 1, scopes: ['user'] },
      { token: fuzzCredentials.expiredToken, userId: 1, expiresAt: 0 },
    ],
  }
  const limited = createManualClock()
  const faulty = createManualClock()
  return [
    { name: 'plain (ru)', options: common, plainHttp: false },
    { name: 'en, standard plan', options: { ...common, lang: 'en', plan: 'standard', clock: limited }, clock: limited, plainHttp: false },
    { name: 'strict HTTPS over http', options: { ...common, strictHttps: true }, plainHttp: true },
    {
      name: 'faults and operating budget',
      options: {
        ...common,
        clock: faulty,
        randomSeed: 7,
        operatingBudgetSeconds: 60,
        faults: {
          latency: { fixedMs: 3000 },
          errors: [
            { code: 'INTERNAL_SERVER_ERROR', rate: 0.05 },
            { method: 'crm.contact.delete', code: 'ERROR_CORE', rate: 0.05 },
          ],
        },
      },
      clock: faulty,
      plainHttp: false,
    },
  ]
}

/** What the invariants compare: contact ids and each linked record's contact. */
export interface StoreImage {
  contacts: Set<number>
  linked: Map<string, string>
}

/** Reads the store into an image. */
export function captureStore(store: MockStore): StoreImage {
  const contacts = new Set(store.list('contact').map((r) => Number(r.ID)))
  const linked = new Map<string, string>()
  for (const entity of ['activity', 'requisite'])
    for (const r of store.list(entity)) linked.set(`${entity}:${String(r.ID)}`, String(r.CONTACT_ID))
  return { contacts, linked }
}

/**
 * Lists broken invariants between two images, given how many `true` deletes the answer reported:
 * exactly that many contacts went, none came, and only records linked to them went with them.
 */
export function checkStoreInvariants(before: StoreImage, after: StoreImage, trueDeletes: number): string[] {
  const problems: string[] = []
  const removed = [...before.contacts].filter((id) => !after.contacts.has(id))
  const added = [...after.contacts].filter((id) => !before.contacts.has(id))
  if (added.length) problems.push(`contacts appeared: ${added.join(', ')}`)
  if (removed.length !== trueDeletes)
    problems.push(`${removed.length} contacts vanished (${removed.join(', ')}) but ${trueDeletes} deletes answered true`)
  for (const key of after.linked.keys()) if (!before.linked.has(key)) problems.push(`linked record ${key} appeared`)
  for (const [key, contact] of before.linked) {
    if (after.linked.has(key)) {
      if (!after.contacts.has(Number(contact)) && before.contacts.has(Number(contact)))
        problems.push(`${key} outlived its contact ${contact}`)
    } else if (!removed.includes(Number(contact))) problems.push(`${key} vanished though contact ${contact} was not deleted`)
  }
  return problems
}
