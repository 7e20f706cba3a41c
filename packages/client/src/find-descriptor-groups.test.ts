/**
 * The lookup in an API of many namespaces, on made-up tables typed as the generated ones: the
 * namespaces' table (the entry's) holds a row a group of first letters (`cd*`), whose table holds
 * the namespaces; the walk takes that step as it takes a group of families, and everything else is
 * as with a table of a row a namespace: names in any case, nothing found for a name without a spec
 * (a namespace of no group, or of a group without it), a failed chunk tried again by the next call.
 */
import { describe, expect, it, vi } from 'vitest'
import type { MethodDescriptor } from './descriptor.js'
import type { FamilyTable, NamespaceTable } from './runtime.js'

const made = (method: string) => ({ descriptor: { method, params: [], errors: [] } satisfies MethodDescriptor })
const loaded: string[] = []
let failNext = false

vi.mock('./generated/lazy.js', () => {
  const contact: FamilyTable = {
    contact: async () => ({ methods: { delete: async () => made('crm.contact.delete') } }),
  }
  // crm has many families: its own table groups them too, as generated.
  const crm: FamilyTable = { 'bcd*': async () => ({ families: contact }) }
  const disk: FamilyTable = { file: async () => ({ methods: { get: async () => made('disk.file.get') } }) }
  const cd: NamespaceTable = { crm: async () => ({ families: crm }), disk: async () => ({ families: disk }) }
  const u: NamespaceTable = { user: async () => ({ families: { get: async () => ({ methods: { '': async () => made('user.get') } }) } }) }
  const namespaces: NamespaceTable = {
    'cd*': async () => {
      loaded.push('cd*')
      if (failNext) {
        failNext = false
        throw new Error('chunk failed to load')
      }
      return { families: cd }
    },
    'u*': async () => ({ families: u }),
  }
  return { namespaces }
})

const { findDescriptor } = await import('./find-descriptor.js')

describe('findDescriptor through a table of namespaces by first letters', () => {
  it("takes the group of the name's first letter, then the namespace, at any case", async () => {
    const names = ['crm.contact.delete', 'CRM.Contact.Delete', 'disk.file.get', 'user.get']
    const found = await Promise.all(names.map(findDescriptor))
    expect(found.map((d) => d?.method)).toEqual(names.map((name) => name.toLowerCase()))
  })

  it('finds nothing for a namespace of no group, of a group without it, or a name that is a group key', async () => {
    for (const name of ['tasks.task.add', 'cat.item.get', 'dis.file.get', 'crm', 'cd*.crm.contact.delete', 'u*.user.get', 'c', ''])
      expect(await findDescriptor(name), name).toBeUndefined()
  })

  it("tries a group's chunk that failed to load again on the next call", async () => {
    failNext = true
    loaded.length = 0
    await expect(findDescriptor('disk.file.get')).rejects.toThrow('chunk failed to load')
    expect((await findDescriptor('disk.file.get'))?.method).toBe('disk.file.get')
    expect(loaded).toEqual(['cd*', 'cd*'])
  })
})
