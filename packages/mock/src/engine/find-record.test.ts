/** A get by another field than the id (`match`): the record operations and the camelCase family both find by it. */
import { describe, expect, it } from 'vitest'
import { runRecordOperation } from '../operations.js'
import { createStore } from '../store.js'
import type { MockEntity } from '../table.js'
import { findRecord } from './find-record.js'

const widget: MockEntity = {
  name: 'widget',
  idField: 'ID',
  linked: [],
  seed: [
    { ID: 1, CODE: 40, TITLE: 'First' },
    { ID: 40, CODE: 7, TITLE: 'Second' },
  ],
  fields: (['ID', 'CODE', 'TITLE'] as const).map((name) => ({
    name,
    type: name === 'TITLE' ? 'string' : 'integer',
    isRequired: false,
    isReadOnly: name === 'ID',
    isImmutable: false,
    isMultiple: false,
    isDynamic: false,
    title: { ru: name, en: name },
  })),
}

describe('findRecord', () => {
  const store = createStore({ widget }, { widget: widget.seed })

  it('finds by id without match, and by the named field with it (a string sent as a number too)', () => {
    expect(findRecord(store, widget, 40, undefined)?.TITLE).toBe('Second')
    expect(findRecord(store, widget, 40, 'CODE')?.TITLE).toBe('First')
    expect(findRecord(store, widget, 99, 'CODE')).toBeUndefined()
  })

  it('serves a get operation with match: the value in `by` is read against that field (printed as the portal prints it)', () => {
    const run = (code: unknown) =>
      runRecordOperation(
        { kind: 'get', entity: 'widget', by: 'code', match: 'CODE', notFound: 'notFound' },
        { values: new Map([['code', code]]), store, entity: widget, lang: 'en' },
      )
    expect(run('7')).toEqual({ ok: true, result: expect.objectContaining({ ID: '40', TITLE: 'Second' }) })
    expect(run(1)).toEqual({ ok: false, rowId: 'notFound' })
  })
})
