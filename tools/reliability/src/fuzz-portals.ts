/**
 * The portals the mock fuzzing runs against, and the store invariants it checks after each request:
 * a contact is present or was deleted by a call that answered `true`; nothing else vanishes or appears.
 */
import { createManualClock, type ManualClock, type MockPortalOptions, type MockSeed, type MockStore } from '@b24kit/mock'
import type { CallOutcome } from './envelope-check.js'
import { fuzzCredentials } from './mock-requests.js'
import type { DocumentedAnswers } from './spec-rows.js'

/**
 * For every entity a delete method targets, records 1..60 (so the docs' ids, 12 and 50, exist);
 * for each link declared on it, a linked record for every third id, so cascades are exercised.
 */
export function createFuzzSeed(answers: DocumentedAnswers): MockSeed {
  const seed: Record<string, Record<string, unknown>[]> = {}
  const ids = Array.from({ length: 60 }, (_, i) => i + 1)
  let nextLinkedId = 1000
  for (const { entity } of answers.deletes) {
    if (seed[entity]) continue
    seed[entity] = ids.map((id) => ({ ID: id, TITLE: `${entity} ${id}` }))
  }
  for (const entity of answers.entities) {
    if (!seed[entity.name]) continue
    for (const link of entity.linked) {
      // Half the links hold the id as a string, as the portal stores them.
      const records = ids.filter((id) => id % 3 === 0).map((id) => ({ ID: nextLinkedId++, [link.field]: id % 2 ? id : String(id) }))
      seed[link.entity] = [...(seed[link.entity] ?? []), ...records]
    }
  }
  return seed
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
export function createFuzzPortalSetups(answers: DocumentedAnswers): FuzzPortalSetup[] {
  const common: MockPortalOptions = {
    seed: createFuzzSeed(answers),
    webhooks: [
      { userId: 1, code: fuzzCredentials.code },
      { userId: 2, code: fuzzCredentials.user2Code },
    ],
    users: [
      { id: 1, permissions: '*', scopes: '*' },
      { id: 2, permissions: Object.fromEntries(answers.entities.map((e) => [e.name, ['read' as const]])), scopes: '*' },
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

/** What the invariants compare: every record of every entity, as JSON, by `entity:id`. */
export type StoreImage = Map<string, string>

/** Reads the whole store into an image; a binding (`deal.contact`) is keyed by its owner and target ids. */
export function captureStore(store: MockStore): StoreImage {
  const image: StoreImage = new Map()
  for (const [entity, records] of Object.entries(store.snapshot())) {
    const target = entity.split('.')[1]
    for (const r of records) {
      const key = target === undefined ? String(r.ID) : `${String(r.OWNER_ID)}:${String(r[`${target.toUpperCase()}_ID`])}`
      image.set(`${entity}:${key}`, JSON.stringify(r))
    }
  }
  return image
}

/** A binding's entity name has a dot (`deal.contact:12:3`); read without splitting, as this runs for every key of every image. */
const isBinding = (key: string) => {
  const dot = key.indexOf('.')
  return dot !== -1 && dot < key.indexOf(':')
}

/** Bindings change only when a relation write or a delete (which unbinds) answered true. */
function checkBindings(before: StoreImage, after: StoreImage, writes: number): string[] {
  const keys = new Set([...before.keys(), ...after.keys()].filter(isBinding))
  const changed = [...keys].filter((key) => before.get(key) !== after.get(key))
  return changed.length > 0 && writes === 0 ? [`bindings ${changed.join(', ')} changed, but no relation write or delete answered true`] : []
}

/**
 * Lists broken invariants between two images, given the successful calls the answer reported
 * (undefined when the answer cannot tell, as a HEAD's): exactly as many delete-target records went
 * as deletes answered (with `true`, `[]`, `null`: anything but `false`); records appeared only as the ids adds answered; records changed only
 * for updates answering `true`; a linked record went exactly when a record it points at went.
 */
export function checkStoreInvariants(
  answers: DocumentedAnswers,
  before: StoreImage,
  after: StoreImage,
  outcomes: CallOutcome[] | undefined,
): string[] {
  const problems: string[] = []
  const targets = new Set(answers.deletes.map((d) => d.entity))
  const of = (kind: string) => (outcomes ?? []).filter((o) => answers.operations.get(o.method)?.kind === kind)
  // A delete or an update that answered took effect, whatever its spec answers: true for the older
  // methods, [] for crm.item.delete and crm.type.delete, null for crm.documentgenerator.numerator.delete
  // and crm.automatedsolution.delete, the record for the numerator's update. Only `false` says nothing changed.
  const tookEffect = (o: CallOutcome) => o.result !== false
  const trueDeletes = of('delete').filter(tookEffect).length
  // An add answers the new id, or (crm.item.add, crm.type.add) the new record wrapped as `{ item }` / `{ type }`.
  const idOf = (result: unknown): unknown => {
    const inner = typeof result === 'object' && result !== null ? Object.values(result)[0] : undefined
    return typeof inner === 'object' && inner !== null && 'id' in inner ? (inner as { id: unknown }).id : result
  }
  const added = new Set(of('add').map((o) => `${answers.operations.get(o.method)?.entity}:${String(idOf(o.result))}`))
  // A relation write answering true changes bindings, and the owner's own fields that mirror them.
  const relationWrites = of('relation').filter((o) => o.result === true)
  const updates = [...of('update').filter(tookEffect), ...relationWrites]
  if (outcomes) problems.push(...checkBindings(before, after, relationWrites.length + trueDeletes))
  const removed = [...before.keys()].filter((key) => !after.has(key) && !isBinding(key))
  // The parents a record points at through the declared links, as `entity:id` keys.
  const parentsOf = (key: string, json: string) => {
    const record = JSON.parse(json) as Record<string, unknown>
    const entity = key.split(':')[0]
    return answers.entities.flatMap((e) =>
      e.linked.filter((l) => l.entity === entity && record[l.field] !== undefined).map((l) => `${e.name}:${Number(record[l.field])}`),
    )
  }
  const removedSet = new Set(removed)
  const removedTargets = removed.filter((key) => targets.has(key.split(':')[0] ?? ''))
  // A delete's cascade takes linked records of entities that are delete targets too (a contact's
  // activities and requisites): those are explained by their parent, not by a delete of their own.
  const direct = removedTargets.filter((key) => !parentsOf(key, before.get(key) ?? '{}').some((p) => removedSet.has(p)))
  let changed = 0
  for (const [key, json] of after) {
    if (isBinding(key)) continue
    if (!before.has(key)) {
      if (outcomes && !added.has(key)) problems.push(`${key} appeared, but no add answered its id`)
    } else if (before.get(key) !== json) {
      changed++
      if (outcomes && !updates.some((o) => key.startsWith(`${answers.operations.get(o.method)?.entity}:`)))
        problems.push(`${key} changed, but no update answered true`)
    }
  }
  if (outcomes && changed > updates.length) problems.push(`${changed} records changed, but ${updates.length} updates answered true`)
  // Each delete answering true removed one target record, and a cascade may take other targets with it.
  if (outcomes && (trueDeletes < direct.length || trueDeletes > removedTargets.length))
    problems.push(`${removedTargets.join(', ') || 'nothing'} vanished but ${trueDeletes} deletes answered true`)
  const gone = new Set(removedTargets)
  for (const key of removed) {
    if (gone.has(key)) continue
    if (!parentsOf(key, before.get(key) ?? '{}').some((p) => gone.has(p)))
      problems.push(`${key} vanished, and nothing it is linked to was deleted`)
  }
  if (gone.size === 0) return problems
  for (const [key, json] of after) {
    const lost = parentsOf(key, json).find((p) => gone.has(p))
    if (lost) problems.push(`${key} outlived ${lost}`)
  }
  return problems
}
