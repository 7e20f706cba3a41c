/**
 * The store invariants the fuzzers check, on hand-made images: a binding (a deal's contact) may
 * change only when a relation write or a delete answered true, and the owner's mirrored fields
 * count as one of the changes such a write may make.
 */
import { describe, expect, it } from 'vitest'
import { checkStoreInvariants, type StoreImage } from './fuzz-portals.js'
import type { DocumentedAnswers } from './spec-rows.js'

const answers = {
  deletes: [{ method: 'crm.deal.delete', entity: 'deal' }],
  operations: new Map([
    ['crm.deal.contact.add', { kind: 'relation', entity: 'deal' }],
    ['crm.deal.delete', { kind: 'delete', entity: 'deal' }],
  ]),
  entities: [{ name: 'deal', idField: 'ID', linked: [] }],
} as unknown as DocumentedAnswers

const image = (entries: Record<string, unknown>): StoreImage => new Map(Object.entries(entries).map(([k, v]) => [k, JSON.stringify(v)]))
const before = image({ 'deal:7': { ID: 7, CONTACT_IDS: [] } })
const after = image({
  'deal:7': { ID: 7, CONTACT_IDS: [3] },
  'deal.contact:7:3': { OWNER_ID: 7, CONTACT_ID: 3, SORT: 10, ROLE_ID: 0, IS_PRIMARY: 'Y' },
})

describe('store invariants with bindings', () => {
  it('refuse a binding and a mirrored field that changed with no call to answer for them', () => {
    expect(checkStoreInvariants(answers, before, after, [])).toEqual([
      'bindings deal.contact:7:3 changed, but no relation write or delete answered true',
      'deal:7 changed, but no update answered true',
      '1 records changed, but 0 updates answered true',
    ])
  })

  it('take them when a relation write answered true', () => {
    expect(checkStoreInvariants(answers, before, after, [{ method: 'crm.deal.contact.add', result: true }])).toEqual([])
  })

  it('do not count a relation write that answered false (the contact was bound already)', () => {
    expect(checkStoreInvariants(answers, before, after, [{ method: 'crm.deal.contact.add', result: false }])).toHaveLength(3)
  })
})

describe('store invariants with deletes', () => {
  const gone = image({})
  const held = image({ 'deal:7': { ID: 7 } })
  it('take a record that went when its delete answered, whatever it answered but false', () => {
    // true (crm.deal.delete), [] (crm.item.delete), null (crm.documentgenerator.numerator.delete)
    for (const result of [true, [], null])
      expect(checkStoreInvariants(answers, held, gone, [{ method: 'crm.deal.delete', result }]), JSON.stringify(result)).toEqual([])
  })

  it('refuse a record that went with no delete, or with one that answered false', () => {
    expect(checkStoreInvariants(answers, held, gone, [])).toEqual(['deal:7 vanished but 0 deletes answered true'])
    expect(checkStoreInvariants(answers, held, gone, [{ method: 'crm.deal.delete', result: false }])).toEqual([
      'deal:7 vanished but 0 deletes answered true',
    ])
  })
})
