/**
 * Over the engine with the default store: a delete whose spec fixes a `null` result answers null
 * (crm.automatedsolution.delete), and the `=%` / `%=` filter prefixes are SQL LIKE with the pattern
 * as sent, as the list pages say (`I%` starts with I), in the camelCase and the UPPER_CASE families.
 */
import { describe, expect, it } from 'vitest'
import { createMockEngine } from '../engine.js'

async function call(engine: ReturnType<typeof createMockEngine>, method: string, params: unknown) {
  const response = await engine.handle(
    new Request(`${engine.webhookUrl}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params),
    }),
  )
  return (await response.json()) as { result?: unknown; error?: string }
}

const idsOf = (body: { result?: unknown }, key: string) => ((body.result as Record<string, { id: number }[]>)[key] ?? []).map((r) => r.id)

describe('crm.automatedsolution.* over the engine', () => {
  it('deletes workplace 5 with a null result, and get then answers NOT_FOUND', async () => {
    const engine = createMockEngine()
    const deleted = await call(engine, 'crm.automatedsolution.delete', { id: 5 })
    expect(deleted).toHaveProperty('result', null)
    expect(await call(engine, 'crm.automatedsolution.get', { id: 5 })).toMatchObject({ error: 'NOT_FOUND' })
  })

  it.each([
    ['HR%', [238, 393]],
    ['hr', [238, 393]],
    ['%success', [240]],
    ['R_D', [267]],
    ['H', []],
  ])('filters %=title by the LIKE pattern %s', async (pattern, ids) => {
    const engine = createMockEngine()
    const body = await call(engine, 'crm.automatedsolution.list', { filter: { '%=title': pattern } })
    expect(idsOf(body, 'automatedSolutions')).toEqual(ids)
  })
})

describe('the LIKE prefixes in crm.contact.list', () => {
  it('reads =%NAME as a pattern: Iv% finds contact 50, Iv alone does not', async () => {
    const engine = createMockEngine()
    const list = async (name: string) =>
      ((await call(engine, 'crm.contact.list', { filter: { '=%NAME': name }, select: ['ID'] })).result as { ID: string }[]).map((r) => r.ID)
    expect(await list('Iv%')).toEqual(['50'])
    expect(await list('Iv')).toEqual([])
  })
})
