/**
 * crm.contact.userfield.* on the engine, and the custom fields on contacts: the add page's name rule
 * and refusals, list items with their own ids, get/list/update/delete as the pages say, then
 * crm.contact.fields, add, update, get and list carrying the fields with their types.
 */
import { describe, expect, it } from 'vitest'
import { createMockEngine, type MockEngine } from '../engine.js'
import { entityTable } from '../generated/index.js'
import { getDefaultSeed } from '../store.js'
import { createUserFieldSeed, listUserFields } from './seed.js'

type Answer = { result?: unknown; error?: string; error_description?: string }

const call = async (engine: MockEngine, method: string, body: unknown): Promise<Answer> => {
  const response = await engine.handle(
    new Request(`${engine.webhookUrl}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  )
  return (await response.json()) as Answer
}
const addField = (engine: MockEngine, fields: Record<string, unknown>) => call(engine, 'crm.contact.userfield.add', { fields })
const getContact = async (engine: MockEngine, id: number) =>
  (await call(engine, 'crm.contact.get', { id })).result as Record<string, unknown>

/** A double, an enumeration with three items and a multiple string, as the end-to-end test adds them. */
async function addThreeFields(engine: MockEngine) {
  const rating = await addField(engine, { FIELD_NAME: 'rating', USER_TYPE_ID: 'double', LABEL: 'Rating' })
  const tier = await addField(engine, {
    FIELD_NAME: 'TIER',
    USER_TYPE_ID: 'enumeration',
    LABEL: 'Tier',
    LIST: [{ VALUE: 'Bronze' }, { VALUE: 'Silver', DEF: 'Y' }, { VALUE: '' }, { VALUE: 'Gold', XML_ID: 'GOLD' }],
  })
  const tags = await addField(engine, { FIELD_NAME: 'UF_TAGS', USER_TYPE_ID: 'string', MULTIPLE: 'Y', LABEL: 'Tags' })
  return { rating: rating.result, tier: tier.result, tags: tags.result }
}

describe('crm.contact.userfield.add', () => {
  it('gives the next id, builds UF_CRM_ + the upper-cased code, and the items of a list their own ids', async () => {
    const engine = createMockEngine()
    expect(await addThreeFields(engine)).toEqual({ rating: 400, tier: 401, tags: 402 })
    // In the portal's order: SORT (100 for the new ones, 1000 for the default store's), then ID.
    const [rating, tier, tags, hello] = listUserFields(engine.store, 'contact')
    expect([rating?.FIELD_NAME, tier?.FIELD_NAME, tags?.FIELD_NAME, hello?.FIELD_NAME]).toEqual([
      'UF_CRM_RATING',
      'UF_CRM_TIER',
      'UF_CRM_TAGS',
      'UF_CRM_HELLO_WORLD',
    ])
    // The empty VALUE is skipped; the ids run on across fields, as the portal's are global.
    expect(tier?.LIST).toEqual([
      { ID: '1', SORT: '0', VALUE: 'Bronze', DEF: 'N', XML_ID: null },
      { ID: '2', SORT: '0', VALUE: 'Silver', DEF: 'Y', XML_ID: null },
      { ID: '3', SORT: '0', VALUE: 'Gold', DEF: 'N', XML_ID: 'GOLD' },
    ])
    await addField(engine, { FIELD_NAME: 'SIZE', USER_TYPE_ID: 'enumeration', LIST: [{ VALUE: 'S' }] })
    expect(listUserFields(engine.store, 'contact').find((f) => f.FIELD_NAME === 'UF_CRM_SIZE')?.LIST).toEqual([
      { ID: '4', SORT: '0', VALUE: 'S', DEF: 'N', XML_ID: null },
    ])
    expect(tags).toMatchObject({ ENTITY_ID: 'CRM_CONTACT', USER_TYPE_ID: 'string', MULTIPLE: 'Y', MANDATORY: 'N', SORT: '100' })
    expect(rating?.SETTINGS).toMatchObject({ PRECISION: 2 })
  })

  it('sets LABEL in every label, a sent map over it, and answers SHOW_FILTER Y as E; a boolean is never multiple', async () => {
    const engine = createMockEngine()
    const id = (
      await addField(engine, {
        FIELD_NAME: 'AGREED',
        USER_TYPE_ID: 'boolean',
        MULTIPLE: 'Y',
        SHOW_FILTER: 'Y',
        LABEL: 'Agreed',
        EDIT_FORM_LABEL: { ru: 'Согласие', de: 'Zustimmung' },
      })
    ).result
    const field = (await call(engine, 'crm.contact.userfield.get', { id })).result
    expect(field).toMatchObject({
      MULTIPLE: 'N',
      SHOW_FILTER: 'E',
      EDIT_FORM_LABEL: { ru: 'Согласие', en: 'Agreed', de: 'Zustimmung' },
      LIST_COLUMN_LABEL: { ru: 'Agreed', en: 'Agreed' },
      HELP_MESSAGE: { ru: 'Agreed', en: 'Agreed' },
    })
  })

  it.each([
    ['no FIELD_NAME', { USER_TYPE_ID: 'string' }, '', "The 'FIELD_NAME' field is not found."],
    [
      'a name past 50 characters',
      { FIELD_NAME: 'X'.repeat(44), USER_TYPE_ID: 'string' },
      'ERROR_CORE',
      'Имя поля слишком длинное (больше 50-ти символов)',
    ],
    [
      'a name with a dash',
      { FIELD_NAME: 'my-field', USER_TYPE_ID: 'string' },
      'ERROR_CORE',
      'Имя поля содержит недопустимые символы. Допустимыми являются: A-Z, 0-9 и _',
    ],
    ['no USER_TYPE_ID', { FIELD_NAME: 'X' }, '', "The 'USER_TYPE_ID' field is not found."],
    ['an unknown type', { FIELD_NAME: 'X', USER_TYPE_ID: 'colour' }, 'ERROR_CORE', 'Указан неверный пользовательский тип'],
    [
      'a name contacts have',
      { FIELD_NAME: 'uf_crm_hello_world', USER_TYPE_ID: 'string' },
      'ERROR_CORE',
      'Пользовательское поле с таким кодом уже существует',
    ],
    [
      'two items with one XML_ID',
      {
        FIELD_NAME: 'X',
        USER_TYPE_ID: 'enumeration',
        LIST: [
          { VALUE: 'a', XML_ID: 'A' },
          { VALUE: 'b', XML_ID: 'A' },
        ],
      },
      'ERROR_CORE',
      'Элемент списка со значением XML_ID=XML_ID уже существует',
    ],
  ])('refuses %s and keeps nothing', async (_title, fields, error, description) => {
    const engine = createMockEngine()
    expect(await addField(engine, fields)).toEqual({ error, error_description: description })
    expect(listUserFields(engine.store, 'contact')).toHaveLength(1)
  })

  it('takes 43 characters of code (50 with the prefix)', async () => {
    const engine = createMockEngine()
    expect((await addField(engine, { FIELD_NAME: 'X'.repeat(43), USER_TYPE_ID: 'string' })).result).toBe(400)
  })
})

describe('crm.contact.userfield.get, list, update, delete', () => {
  const foreignSeed = () => ({
    ...getDefaultSeed(entityTable),
    userfield: [
      ...(getDefaultSeed(entityTable).userfield ?? []),
      {
        ...createUserFieldSeed('contact', 500, { FIELD_NAME: 'DEAL_NOTE', USER_TYPE_ID: 'string' }),
        ENTITY_ID: 'CRM_DEAL',
        FIELD_NAME: 'UF_CRM_DEAL_NOTE',
      },
    ],
  })

  it('get: not found, and Access denied for a field of another entity', async () => {
    const engine = createMockEngine({ seed: foreignSeed() })
    expect(await call(engine, 'crm.contact.userfield.get', { id: 777 })).toEqual({
      error: 'ERROR_NOT_FOUND',
      error_description: "The entity with ID 'id' is not found",
    })
    expect(await call(engine, 'crm.contact.userfield.get', { id: 500 })).toEqual({ error: '', error_description: 'Access denied.' })
    expect(await call(engine, 'crm.contact.userfield.delete', { id: 500 })).toEqual({ error: '', error_description: 'Access denied.' })
    // The contacts' list leaves the deal's field out.
    const list = (await call(engine, 'crm.contact.userfield.list', {})).result as { ID: string }[]
    expect(list.map((f) => f.ID)).toEqual(['399'])
  })

  it('list: SORT then ID by default, exact filter, labels only with LANG, order by any listed key', async () => {
    const engine = createMockEngine()
    await addThreeFields(engine)
    await call(engine, 'crm.contact.userfield.update', { id: 401, fields: { SORT: 5 } })
    const names = async (params: unknown) =>
      ((await call(engine, 'crm.contact.userfield.list', params)).result as { FIELD_NAME: string }[]).map((f) => f.FIELD_NAME)
    expect(await names({})).toEqual(['UF_CRM_TIER', 'UF_CRM_RATING', 'UF_CRM_TAGS', 'UF_CRM_HELLO_WORLD'])
    expect(await names({ filter: { USER_TYPE_ID: 'string' }, order: { ID: 'DESC' } })).toEqual(['UF_CRM_TAGS', 'UF_CRM_HELLO_WORLD'])
    expect(await names({ filter: { MULTIPLE: 'Y' } })).toEqual(['UF_CRM_TAGS'])
    const [plain] = (await call(engine, 'crm.contact.userfield.list', { filter: { ID: 400 } })).result as Record<string, unknown>[]
    expect(plain).not.toHaveProperty('EDIT_FORM_LABEL')
    const [labelled] = (await call(engine, 'crm.contact.userfield.list', { filter: { ID: 400, LANG: 'en' } })).result as Record<
      string,
      unknown
    >[]
    expect(labelled).toMatchObject({ EDIT_FORM_LABEL: 'Rating', LIST_FILTER_LABEL: 'Rating' })
    expect(await call(engine, 'crm.contact.userfield.list', { filter: 'x' })).toEqual({
      error: '',
      error_description: "Parameter 'filter' must be array.",
    })
  })

  it('update: changes flags, labels and list items; the name, type and MULTIPLE stay', async () => {
    const engine = createMockEngine()
    await addThreeFields(engine)
    const sent = {
      FIELD_NAME: 'OTHER',
      USER_TYPE_ID: 'string',
      MULTIPLE: 'Y',
      MANDATORY: 'Y',
      LIST_COLUMN_LABEL: { en: 'Level' },
      LIST: [
        { ID: 1, VALUE: 'Copper' },
        { ID: 2, DEL: 'Y' },
        { VALUE: 'Platinum', XML_ID: 'PLATINUM' },
      ],
    }
    expect((await call(engine, 'crm.contact.userfield.update', { id: 401, fields: sent })).result).toBe(true)
    const tier = (await call(engine, 'crm.contact.userfield.get', { id: 401 })).result
    expect(tier).toMatchObject({ FIELD_NAME: 'UF_CRM_TIER', USER_TYPE_ID: 'enumeration', MULTIPLE: 'N', MANDATORY: 'Y' })
    expect(tier).toMatchObject({ LIST_COLUMN_LABEL: { ru: 'Tier', en: 'Level' } })
    expect((tier as { LIST: { ID: string; VALUE: string }[] }).LIST.map((i) => `${i.ID}:${i.VALUE}`)).toEqual([
      '1:Copper',
      '3:Gold',
      '4:Platinum',
    ])
    expect(
      await call(engine, 'crm.contact.userfield.update', { id: 401, fields: { LIST: [{ VALUE: 'x', XML_ID: 'GOLD' }] } }),
    ).toMatchObject({
      error: 'ERROR_CORE',
    })
    expect(await call(engine, 'crm.contact.userfield.update', { id: 401, fields: 'x' })).toEqual({
      error: '',
      error_description: "Parameter 'fields' must be array.",
    })
  })

  it('delete: the field goes, and the contacts lose its values', async () => {
    const engine = createMockEngine()
    await addThreeFields(engine)
    await call(engine, 'crm.contact.update', { id: 50, fields: { UF_CRM_RATING: 4.5 } })
    expect((await call(engine, 'crm.contact.userfield.delete', { id: 400 })).result).toBe(true)
    expect(await call(engine, 'crm.contact.userfield.get', { id: 400 })).toMatchObject({ error: 'ERROR_NOT_FOUND' })
    expect(engine.store.get('contact', 50)).not.toHaveProperty('UF_CRM_RATING')
    expect(await getContact(engine, 50)).not.toHaveProperty('UF_CRM_RATING')
    expect(await call(engine, 'crm.contact.userfield.delete', { id: 0 })).toEqual({
      error: '',
      error_description: 'ID is not defined or invalid.',
    })
  })
})

describe('contacts carry their custom fields', () => {
  it('crm.contact.fields describes them: type, flags, the items of a list, the labels in the portal language', async () => {
    const engine = createMockEngine({ lang: 'en' })
    await addThreeFields(engine)
    await call(engine, 'crm.contact.userfield.update', { id: 401, fields: { MANDATORY: 'Y' } })
    const fields = (await call(engine, 'crm.contact.fields', {})).result as Record<string, Record<string, unknown>>
    expect(fields.UF_CRM_RATING).toMatchObject({
      type: 'double',
      isMultiple: false,
      isRequired: false,
      isDynamic: true,
      title: 'UF_CRM_RATING',
    })
    expect(fields.UF_CRM_TIER).toMatchObject({
      type: 'enumeration',
      isRequired: true,
      items: [
        { ID: '1', VALUE: 'Bronze' },
        { ID: '2', VALUE: 'Silver' },
        { ID: '3', VALUE: 'Gold' },
      ],
      listLabel: 'Tier',
      formLabel: 'Tier',
      filterLabel: 'Tier',
    })
    expect(fields.UF_CRM_TAGS).toMatchObject({ type: 'string', isMultiple: true })
    expect(fields.UF_CRM_HELLO_WORLD).toMatchObject({ listLabel: 'Hello, world' })
    expect(fields.NAME).toMatchObject({ type: 'string', title: 'First Name' })
  })

  it('add and get: a double as a number, a list field as its item id, a multiple string as a list; unknown UF keys ignored', async () => {
    const engine = createMockEngine()
    await addThreeFields(engine)
    const id = (
      await call(engine, 'crm.contact.add', {
        fields: { NAME: 'Olga', UF_CRM_RATING: '1.5', UF_CRM_TIER: '3', UF_CRM_TAGS: ['vip', '', 'early'], UF_CRM_NOPE: 'x' },
      })
    ).result as number
    expect(engine.store.get('contact', id)).toMatchObject({ UF_CRM_RATING: 1.5, UF_CRM_TIER: 3, UF_CRM_TAGS: ['vip', 'early'] })
    expect(engine.store.get('contact', id)).not.toHaveProperty('UF_CRM_NOPE')
    const contact = await getContact(engine, id)
    expect(contact).toMatchObject({
      NAME: 'Olga',
      UF_CRM_RATING: 1.5,
      UF_CRM_TIER: '3',
      UF_CRM_TAGS: ['vip', 'early'],
      UF_CRM_HELLO_WORLD: null,
    })
    expect(contact).not.toHaveProperty('UF_CRM_NOPE')
    // A single string sent to a multiple field is a list of one; a double keeps its PRECISION (2).
    await call(engine, 'crm.contact.update', { id, fields: { UF_CRM_TAGS: 'solo', UF_CRM_RATING: 2.345 } })
    expect(await getContact(engine, id)).toMatchObject({ UF_CRM_TAGS: ['solo'], UF_CRM_RATING: 2.35 })
    // A contact that never got a value answers null, or [] for a multiple field.
    expect(await getContact(engine, 50)).toMatchObject({ UF_CRM_RATING: null, UF_CRM_TIER: null, UF_CRM_TAGS: [] })
  })

  it('refuses a list value outside its items, on add and on update, and keeps the store as it was', async () => {
    const engine = createMockEngine()
    await addThreeFields(engine)
    const refused = { error: 'CRM_FIELD_ERROR_VALUE_NOT_VALID', error_description: 'Неверное значение поля "field"' }
    const before = engine.store.snapshot()
    expect(await call(engine, 'crm.contact.add', { fields: { NAME: 'X', UF_CRM_TIER: 99 } })).toEqual(refused)
    expect(await call(engine, 'crm.contact.update', { id: 50, fields: { NAME: 'Y', UF_CRM_TIER: '4' } })).toEqual(refused)
    expect(engine.store.snapshot()).toEqual(before)
    // A contact that does not exist is not found first, whatever the values.
    expect(await call(engine, 'crm.contact.update', { id: 999, fields: { UF_CRM_TIER: 99 } })).toEqual({
      error: '',
      error_description: 'Not found',
    })
    // An empty value clears the field; an item id of another field is outside this one's list.
    expect((await call(engine, 'crm.contact.update', { id: 50, fields: { UF_CRM_TIER: '' } })).result).toBe(true)
    await addField(engine, { FIELD_NAME: 'SIZE', USER_TYPE_ID: 'enumeration', LIST: [{ VALUE: 'S' }] })
    expect(await call(engine, 'crm.contact.update', { id: 50, fields: { UF_CRM_TIER: 4 } })).toEqual(refused)
  })

  it('list: single custom fields by default and with UF_*, a multiple one only by name; filters read them', async () => {
    const engine = createMockEngine()
    await addThreeFields(engine)
    await call(engine, 'crm.contact.update', { id: 50, fields: { UF_CRM_RATING: 5, UF_CRM_TAGS: ['a'] } })
    const list = async (params: unknown) => (await call(engine, 'crm.contact.list', params)).result as Record<string, unknown>[]
    const [first] = await list({ filter: { ID: 50 } })
    expect(first).toMatchObject({ UF_CRM_RATING: 5, UF_CRM_HELLO_WORLD: null })
    expect(first).not.toHaveProperty('UF_CRM_TAGS')
    expect(await list({ filter: { ID: 50 }, select: ['ID', 'UF_*'] })).toEqual([
      { ID: '50', UF_CRM_HELLO_WORLD: null, UF_CRM_RATING: 5, UF_CRM_TIER: null },
    ])
    expect(await list({ filter: { ID: 50 }, select: ['*'] })).not.toContainEqual(expect.objectContaining({ UF_CRM_RATING: 5 }))
    expect(await list({ filter: { '>UF_CRM_RATING': 4 }, select: ['ID', 'UF_CRM_TAGS'] })).toEqual([{ ID: '50', UF_CRM_TAGS: ['a'] }])
  })
})

describe('crm.deal.userfield.*', () => {
  it("keeps deals' fields apart from contacts': one id sequence, each family sees only its own", async () => {
    const engine = createMockEngine()
    expect((await call(engine, 'crm.deal.userfield.add', { fields: { FIELD_NAME: 'HELLO_WORLD', USER_TYPE_ID: 'double' } })).result).toBe(
      400,
    )
    expect((await addField(engine, { FIELD_NAME: 'RATING', USER_TYPE_ID: 'double' })).result).toBe(401)
    const names = async (method: string) =>
      ((await call(engine, method, {})).result as { FIELD_NAME: string; ENTITY_ID: string }[]).map((f) => `${f.ENTITY_ID}:${f.FIELD_NAME}`)
    expect(await names('crm.deal.userfield.list')).toEqual(['CRM_DEAL:UF_CRM_HELLO_WORLD', 'CRM_DEAL:UF_CRM_DELIVERY_NOTE'])
    expect(await names('crm.contact.userfield.list')).toEqual(['CRM_CONTACT:UF_CRM_RATING', 'CRM_CONTACT:UF_CRM_HELLO_WORLD'])
    expect(await call(engine, 'crm.deal.userfield.get', { id: 401 })).toEqual({ error: '', error_description: 'Access denied.' })
    expect(listUserFields(engine.store, 'deal').map((f) => f.ID)).toEqual(['400', '398'])
  })
})

describe('crm.lead|company|quote.userfield.*', () => {
  it.each([
    ['lead', 123, 'UF_CRM_REFERRER'],
    ['company', 12, 'UF_CRM_TAX_OFFICE'],
    ['quote', 43, 'UF_CRM_PAYMENT_TERMS'],
  ])(
    'gives %s its own fields: fields describes them, update stores a value, get reads it, delete drops it',
    async (owner, recordId, seeded) => {
      const engine = createMockEngine()
      const family = `crm.${owner}`
      expect((await call(engine, `${family}.userfield.add`, { fields: { FIELD_NAME: 'score', USER_TYPE_ID: 'double' } })).result).toBe(400)
      const names = ((await call(engine, `${family}.userfield.list`, {})).result as { FIELD_NAME: string }[]).map((f) => f.FIELD_NAME)
      expect(names).toEqual(['UF_CRM_SCORE', seeded])
      // Another owner's field is not this family's: contact field 399 answers Access denied.
      expect(await call(engine, `${family}.userfield.get`, { id: 399 })).toEqual({ error: '', error_description: 'Access denied.' })
      const described = (await call(engine, `${family}.fields`, {})).result as Record<string, unknown>
      expect(described.UF_CRM_SCORE).toMatchObject({ type: 'double', isDynamic: true })
      expect(described).not.toHaveProperty('UF_CRM_HELLO_WORLD')
      expect((await call(engine, `${family}.update`, { id: recordId, fields: { UF_CRM_SCORE: '2.5' } })).result).toBe(true)
      expect((await call(engine, `${family}.get`, { id: recordId })).result).toMatchObject({ UF_CRM_SCORE: 2.5, [seeded]: null })
      expect((await call(engine, `${family}.userfield.delete`, { id: 400 })).result).toBe(true)
      expect((await call(engine, `${family}.get`, { id: recordId })).result).not.toHaveProperty('UF_CRM_SCORE')
    },
  )
})

describe('the store keeps custom fields like its other data', () => {
  it('reset() drops the added fields and their values; the snapshot shows them as userfield rows', async () => {
    const engine = createMockEngine()
    await addThreeFields(engine)
    await call(engine, 'crm.contact.update', { id: 50, fields: { UF_CRM_RATING: 3 } })
    expect(engine.store.snapshot().userfield?.map((r) => r.FIELD_NAME)).toEqual([
      'UF_CRM_NEWTECH_V1_STRING',
      'UF_CRM_PAYMENT_TERMS',
      'UF_CRM_TAX_OFFICE',
      'UF_CRM_REFERRER',
      'UF_CRM_DELIVERY_NOTE',
      'UF_CRM_HELLO_WORLD',
      'UF_CRM_RATING',
      'UF_CRM_TIER',
      'UF_CRM_TAGS',
    ])
    engine.reset()
    expect(listUserFields(engine.store, 'contact').map((f) => f.ID)).toEqual(['399'])
    expect(await getContact(engine, 50)).not.toHaveProperty('UF_CRM_RATING')
    expect((await addField(engine, { FIELD_NAME: 'AGAIN', USER_TYPE_ID: 'string' })).result).toBe(400)
  })

  it('a seed built with createUserFieldSeed serves its fields and values; a refused one throws naming why', async () => {
    const tier = createUserFieldSeed(
      'contact',
      10,
      { FIELD_NAME: 'tier', USER_TYPE_ID: 'enumeration', LIST: [{ VALUE: 'A' }, { VALUE: 'B' }] },
      { firstItemId: 70 },
    )
    const engine = createMockEngine({ seed: { userfield: [tier], contact: [{ ID: 5, NAME: 'Seeded', UF_CRM_TIER: 71 }] } })
    expect(await getContact(engine, 5)).toMatchObject({ NAME: 'Seeded', UF_CRM_TIER: '71' })
    expect(listUserFields(engine.store, 'contact')).toMatchObject([{ ID: '10', LIST: [{ ID: '70' }, { ID: '71' }] }])
    expect((await addField(engine, { FIELD_NAME: 'NEXT', USER_TYPE_ID: 'enumeration', LIST: [{ VALUE: 'x' }] })).result).toBe(11)
    expect(listUserFields(engine.store, 'contact')[1]?.LIST).toMatchObject([{ ID: '72' }])
    expect(() => createUserFieldSeed('contact', 1, { FIELD_NAME: 'X' })).toThrow('Custom field 1 of contact: refused (typeMissing)')
    expect(() => createUserFieldSeed('smartInvoice', 1, { FIELD_NAME: 'X', USER_TYPE_ID: 'string' })).toThrow(
      '"smartInvoice" holds none; expected one of company, contact, deal, lead, quote',
    )
  })
})

// The requisite pages give rows of their own (specs/shared/requisite-userfield.ts): the mock answers those,
// not the contact pages', and requisites carry their fields like the other owners.
describe('crm.requisite.userfield.*', () => {
  it('reads the default store field 235 the pages use, and requisite 27 carries it', async () => {
    const engine = createMockEngine()
    expect((await call(engine, 'crm.requisite.userfield.get', { id: 235 })).result).toMatchObject({
      ID: '235',
      ENTITY_ID: 'CRM_REQUISITE',
      FIELD_NAME: 'UF_CRM_NEWTECH_V1_STRING',
      EDIT_FORM_LABEL: { en: 'PP - Line', de: 'PP - Line' },
    })
    expect((await call(engine, 'crm.requisite.get', { id: 27 })).result).toMatchObject({ UF_CRM_NEWTECH_V1_STRING: null })
  })

  it("answers the requisite pages' rows: the code taken, a repeated list XML_ID, an empty code for a missing field", async () => {
    const engine = createMockEngine()
    expect(
      await call(engine, 'crm.requisite.userfield.add', { fields: { FIELD_NAME: 'NEWTECH_V1_STRING', USER_TYPE_ID: 'string' } }),
    ).toEqual({
      error: 'ERROR_CORE',
      // The default portal speaks Russian, and the server words this row in the portal's language.
      error_description: 'Поле FIELD_NAME для объекта CRM_REQUISITE уже существует.',
    })
    const list = [
      { VALUE: 'A', XML_ID: 'SAME' },
      { VALUE: 'B', XML_ID: 'SAME' },
    ]
    expect(
      await call(engine, 'crm.requisite.userfield.add', { fields: { FIELD_NAME: 'KIND', USER_TYPE_ID: 'enumeration', LIST: list } }),
    ).toEqual({
      error: 'ERROR_CORE',
      error_description: 'Fail to save enumeration field values',
    })
    // The get page gives ERROR_NOT_FOUND, the delete and update pages an empty code.
    expect(await call(engine, 'crm.requisite.userfield.get', { id: 777 })).toMatchObject({ error: 'ERROR_NOT_FOUND' })
    expect(await call(engine, 'crm.requisite.userfield.delete', { id: 777 })).toEqual({
      error: '',
      error_description: "The entity with ID 'id' is not found.",
    })
  })

  it("keeps requisites' fields apart from contacts' and stores a new one in the shared id sequence", async () => {
    const engine = createMockEngine()
    expect((await call(engine, 'crm.requisite.userfield.add', { fields: { FIELD_NAME: 'score', USER_TYPE_ID: 'double' } })).result).toBe(
      400,
    )
    expect(await call(engine, 'crm.requisite.userfield.get', { id: 399 })).toEqual({ error: '', error_description: 'Access denied.' })
    const names = ((await call(engine, 'crm.requisite.userfield.list', {})).result as { FIELD_NAME: string }[]).map((f) => f.FIELD_NAME)
    expect(names).toEqual(['UF_CRM_NEWTECH_V1_STRING', 'UF_CRM_SCORE'])
    expect((await call(engine, 'crm.requisite.update', { id: 27, fields: { UF_CRM_SCORE: '2.5' } })).result).toBe(true)
    expect((await call(engine, 'crm.requisite.get', { id: 27 })).result).toMatchObject({ UF_CRM_SCORE: 2.5 })
  })
})
