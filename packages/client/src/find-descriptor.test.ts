/**
 * The lazy lookup against the generated tables: every method with a spec is found by its name, in
 * any case, whether its family's table holds it directly or through a branch's table
 * (`crm.contact.userfield.list`); a name without a spec is not found, not mistaken for a neighbour.
 */
import { describe, expect, it } from 'vitest'
import { findDescriptor } from './find-descriptor.js'
import { descriptors } from './generated/index.js'
import { methods as contactMethods } from './generated/lazy/crm/contact.js'

describe('findDescriptor', () => {
  it('finds every method with a spec, each by its own name', async () => {
    const names = Object.keys(descriptors)
    expect(names.length).toBeGreaterThan(200)
    const found = await Promise.all(names.map((name) => findDescriptor(name)))
    expect(found.map((d) => d?.method)).toEqual(names)
  })

  it('reaches a method of a large branch through the branch table, in any case', async () => {
    // The contact family keeps its custom-field methods in a table of their own.
    expect(Object.keys(contactMethods)).toContain('userfield.')
    expect(Object.keys(contactMethods)).not.toContain('userfield.list')
    expect((await findDescriptor('CRM.Contact.UserField.List'))?.method).toBe('crm.contact.userfield.list')
    expect((await findDescriptor('crm.contact.delete'))?.method).toBe('crm.contact.delete')
  })

  it('finds nothing for a name without a spec, at every depth', async () => {
    for (const name of ['crm.contact.userfield.nope', 'crm.contact.userfield', 'crm.contact.nope', 'crm.nope.get', 'nope.x.y', 'crm', ''])
      expect(await findDescriptor(name), name).toBeUndefined()
  })
})
