/** The `fill` rule of an entity field: what the portal writes by itself (DATE_CREATE, CREATED_BY_ID...). */
import { describe, expect, it } from 'vitest'
import { createValidShared } from '../test/fixtures.js'
import { formatIssue, parseSharedSpecs } from './index.js'

const file = 'specs/shared/index.ts'
const text = (s: string) => ({ ru: s, en: s })

/** Parses shared specs whose one entity has a DATE_CREATE field with the given fill; returns the parsed fill or the problems. */
function parseFill(fill: unknown): { fill?: unknown; problems: string[] } {
  const parsed = parseSharedSpecs(file, {
    systemErrors: createValidShared().systemErrors,
    types: [],
    entities: [
      {
        name: 'thing',
        title: text('Thing'),
        idField: 'ID',
        fields: [
          { name: 'ID', type: 'integer', title: text('ID') },
          { name: 'DATE_CREATE', type: 'datetime', title: text('Created'), fill },
        ],
      },
    ],
  })
  if (!parsed.ok) return { problems: parsed.issues.map(formatIssue) }
  return { fill: parsed.value.entities[0]?.fields[1]?.fill, problems: [] }
}

describe('entity field fill rules', () => {
  it.each([
    ['the clock on add', { source: 'now', on: 'add' }],
    ['the clock on every write', { source: 'now', on: 'write' }],
    ['the caller on add', { source: 'caller', on: 'add' }],
    ['a default value', { source: 'default', on: 'add', value: 'Y' }],
  ])('accepts %s', (_title, fill) => {
    expect(parseFill(fill)).toEqual({ fill, problems: [] })
  })

  it('leaves a field without a rule as it was', () => {
    expect(parseFill(undefined)).toEqual({ fill: undefined, problems: [] })
  })

  it.each([
    ['an unknown source', { source: 'random', on: 'add' }, 'entities[0].fields[1].fill.source'],
    ['an unknown moment', { source: 'now', on: 'delete' }, 'entities[0].fields[1].fill.on'],
    ['a default without its value', { source: 'default', on: 'add' }, 'entities[0].fields[1].fill.value'],
    ['a value beside the clock', { source: 'now', on: 'add', value: 'x' }, 'entities[0].fields[1].fill'],
  ])('refuses %s, naming the field path', (_title, fill, path) => {
    const { problems } = parseFill(fill)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(`${file}: ${path}`)
  })
})
