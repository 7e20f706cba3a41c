/**
 * The lookup's walk over tables of every shape it meets (a namespace, a group of families under a
 * letter and a star, a family, a branch), on made-up tables: names are taken whole only where the
 * whole rest is a key, a name without a spec is never taken for a neighbour's, and a chunk that
 * failed to load is tried again by the next call.
 */
import { describe, expect, it, vi } from 'vitest'
import type { MethodDescriptor } from './descriptor.js'

const made = (method: string) => ({ descriptor: { method, params: [], errors: [] } satisfies MethodDescriptor })
let failNext = false

vi.mock('./generated/lazy.js', () => ({
  namespaces: {
    crm: async () => {
      if (failNext) {
        failNext = false
        throw new Error('chunk failed to load')
      }
      return {
        families: {
          'bcd*': async () => ({
            families: {
              contact: async () => ({
                methods: {
                  delete: async () => made('crm.contact.delete'),
                  trigger: async () => made('crm.contact.trigger'),
                  'trigger.add': async () => made('crm.contact.trigger.add'),
                  'userfield.': async () => ({ methods: { list: async () => made('crm.contact.userfield.list') } }),
                },
              }),
            },
          }),
        },
      }
    },
    user: async () => ({ families: { get: async () => ({ methods: { '': async () => made('user.get') } }) } }),
  },
}))

const { findDescriptor } = await import('./find-descriptor.js')

describe('findDescriptor over made-up tables', () => {
  it('takes a letter group, a family, a branch and a method named like a branch', async () => {
    expect((await findDescriptor('crm.contact.delete'))?.method).toBe('crm.contact.delete')
    expect((await findDescriptor('CRM.Contact.UserField.List'))?.method).toBe('crm.contact.userfield.list')
    expect((await findDescriptor('crm.contact.trigger'))?.method).toBe('crm.contact.trigger')
    expect((await findDescriptor('crm.contact.trigger.add'))?.method).toBe('crm.contact.trigger.add')
    expect((await findDescriptor('user.get'))?.method).toBe('user.get')
  })

  it('finds nothing for a name that only starts like a method, a table or a letter group', async () => {
    for (const name of [
      'crm.contact.trigger.nope',
      'crm.contact.userfield',
      'crm.contact.userfield.nope',
      'crm.contact',
      'crm.c*.delete',
      'crm.bcd*.delete',
      'crm.*.delete',
      'crm.cat.get',
      'crm',
      'constructor.x.y',
      '',
    ])
      expect(await findDescriptor(name), name).toBeUndefined()
  })

  it('tries a chunk that failed to load again on the next call', async () => {
    failNext = true
    await expect(findDescriptor('crm.contact.delete.again')).rejects.toThrow('chunk failed to load')
    expect(await findDescriptor('crm.contact.delete.again')).toBeUndefined()
    failNext = true
    await expect(findDescriptor('crm.contact.add')).rejects.toThrow('chunk failed to load')
    expect(await findDescriptor('crm.contact.add')).toBeUndefined()
  })
})
