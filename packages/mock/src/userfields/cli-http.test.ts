/**
 * The flow over real HTTP: the `b24kit-mock` CLI on loopback is given a double, an
 * enumeration with values and a multiple string through crm.contact.userfield.add, then a contact
 * with them is added and read back, typed as stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningCli, startCli } from '../testing/cli-harness.js'

type Answer = { result?: unknown; error?: string; error_description?: string }

describe('custom fields through b24kit-mock over HTTP', () => {
  let cli: RunningCli
  const call = async (method: string, body: unknown): Promise<Answer> => {
    const response = await fetch(`${cli.webhookUrl}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    return (await response.json()) as Answer
  }

  beforeAll(async () => {
    cli = await startCli([])
    expect(cli.webhookUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/rest\/1\//)
  })
  afterAll(() => {
    cli?.child.kill('SIGTERM')
  })

  it('adds three custom fields, then a contact carrying them, and reads it back typed', async () => {
    const add = (fields: Record<string, unknown>) => call('crm.contact.userfield.add', { fields })
    expect(await add({ FIELD_NAME: 'SCORE', USER_TYPE_ID: 'double', LABEL: 'Score' })).toMatchObject({ result: 400 })
    expect(
      await add({
        FIELD_NAME: 'SEGMENT',
        USER_TYPE_ID: 'enumeration',
        LABEL: 'Segment',
        LIST: [{ VALUE: 'Retail' }, { VALUE: 'Wholesale' }],
      }),
    ).toMatchObject({ result: 401 })
    expect(await add({ FIELD_NAME: 'ALIASES', USER_TYPE_ID: 'string', MULTIPLE: 'Y', LABEL: 'Aliases' })).toMatchObject({ result: 402 })

    const fields = (await call('crm.contact.fields', {})).result as Record<string, { type: string; isMultiple: boolean; items?: unknown }>
    expect(fields.UF_CRM_SCORE).toMatchObject({ type: 'double', isMultiple: false })
    expect(fields.UF_CRM_ALIASES).toMatchObject({ type: 'string', isMultiple: true })
    const items = fields.UF_CRM_SEGMENT?.items as { ID: string; VALUE: string }[]
    expect(items.map((i) => i.VALUE)).toEqual(['Retail', 'Wholesale'])
    const wholesale = items[1]?.ID

    const added = await call('crm.contact.add', {
      fields: { NAME: 'Olga', UF_CRM_SCORE: '1.5', UF_CRM_SEGMENT: wholesale, UF_CRM_ALIASES: ['Olya', 'O.'] },
    })
    const id = added.result as number
    expect(typeof id).toBe('number')
    const contact = (await call('crm.contact.get', { id })).result as Record<string, unknown>
    expect(contact).toMatchObject({ NAME: 'Olga', UF_CRM_SCORE: 1.5, UF_CRM_SEGMENT: wholesale, UF_CRM_ALIASES: ['Olya', 'O.'] })
    expect(typeof contact.UF_CRM_SCORE).toBe('number')

    // A value outside the list is refused over the wire too, with the row's code and text.
    expect(await call('crm.contact.update', { id, fields: { UF_CRM_SEGMENT: 9999 } })).toEqual({
      error: 'CRM_FIELD_ERROR_VALUE_NOT_VALID',
      error_description: 'Неверное значение поля "field"',
    })
  })
})
