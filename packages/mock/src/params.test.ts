/** The parsing helpers in table cases: PHP int cast, PHP-style keys, REST paths, batch references. */
import { describe, expect, it } from 'vitest'
import { resolveReferences } from './batch.js'
import { toPhpArray } from './envelope.js'
import { redactPath, redactValue } from './journal.js'
import { castPhpInt, parsePhpQuery, parseRestPath } from './params.js'

describe('castPhpInt', () => {
  it.each([
    ['"50"', '50', 50],
    ['"12abc"', '12abc', 12],
    ['"abc"', 'abc', 0],
    ['" 7"', ' 7', 7],
    ['"-3"', '-3', -3],
    ['3.9', 3.9, 3],
    ['true', true, 1],
    ['an array', [1], undefined],
  ])('casts %s', (_title, given, want) => {
    expect(castPhpInt(given)).toBe(want)
  })
})

describe('parsePhpQuery', () => {
  it.each([
    ['plain keys', 'ID=50&x=1', { ID: '50', x: '1' }],
    ['nested keys', 'cmd[a]=m%3Fid%3D1&cmd[b][c]=2', { cmd: { a: 'm?id=1', b: { c: '2' } } }],
    ['appended keys', 'l[]=a&l[]=b', { l: { '0': 'a', '1': 'b' } }],
  ])('reads %s', (_title, given, want) => {
    expect(parsePhpQuery(given)).toEqual(want)
  })
})

describe('parseRestPath', () => {
  it.each([
    ['an OAuth path', '/rest/CRM.Contact.Delete.json', { method: 'crm.contact.delete' }],
    ['a webhook path', '/rest/1/abc/crm.contact.delete', { method: 'crm.contact.delete', webhook: { userId: '1', code: 'abc' } }],
    ['a webhook base', '/rest/1/abc/', { method: '', webhook: { userId: '1', code: 'abc' } }],
    ['another path', '/api/x', undefined],
  ])('reads %s', (_title, given, want) => {
    expect(parseRestPath(given)).toEqual(want)
  })
})

describe('batch references and PHP arrays', () => {
  const one = (key: string, value: unknown) => new Map<string, unknown>([[key, value]])
  it.each([
    ['a whole result', 'id=$result[a]', one('a', 7), { id: '7' }],
    ['a field of a result', 'id=$result[a][ID]', one('a', { ID: 'x y' }), { id: 'x y' }],
    ['true as PHP prints it', 'id=$result[a]', one('a', true), { id: '1' }],
    ['an unknown key, left as sent', 'id=$result[z]', new Map<string, unknown>(), { id: '$result[z]' }],
    ['a URL-encoded reference, as every SDK sends it', 'id=%24result%5Ba%5D', one('a', 7), { id: '7' }],
    ['a reference at depth in the result', 'id=$result[get][ITEMS][0][ID]', one('get', { ITEMS: [{ ID: '12' }] }), { id: '12' }],
    [
      'a reference at depth in the parameters (b24phpsdk list reader)',
      'filter%5B%3EID%5D=%24result%5Bcmd_0%5D%5B1%5D%5BID%5D&order%5BID%5D=ASC',
      one('cmd_0', [{ ID: '3' }, { ID: '9' }]),
      { filter: { '>ID': '9' }, order: { ID: 'ASC' } },
    ],
    [
      'a reference inside a longer value',
      'fields[TITLE]=Deal for $result[a][NAME]',
      one('a', { NAME: 'Ivan' }),
      { fields: { TITLE: 'Deal for Ivan' } },
    ],
    ['a reference to a list, whole', 'ids=$result[a]', one('a', [1, 2]), { ids: [1, 2] }],
  ])('resolves %s', (_title, query, results, want) => {
    expect(resolveReferences(parsePhpQuery(query), results)).toEqual(want)
  })

  it.each([
    ['empty', [], []],
    [
      '0..n-1 keys',
      [
        ['0', 'a'],
        ['1', 'b'],
      ],
      ['a', 'b'],
    ],
    [
      'other keys',
      [
        ['0', 'a'],
        ['2', 'b'],
      ],
      { '0': 'a', '2': 'b' },
    ],
  ] as const)('encodes %s like json_encode', (_title, entries, want) => {
    expect(toPhpArray(entries)).toEqual(want)
  })
})

describe('redaction', () => {
  it('hides webhook codes, tokens and auth= inside batch commands', () => {
    expect(redactPath('/rest/1/secret/crm.contact.delete')).toBe('/rest/1/[redacted]/crm.contact.delete')
    expect(redactPath('/rest/crm.contact.delete')).toBe('/rest/crm.contact.delete')
    expect(redactValue({ auth: 't', cmd: { a: 'm?id=1&auth=t' }, ID: 5 })).toEqual({
      auth: '[redacted]',
      cmd: { a: 'm?id=1&auth=[redacted]' },
      ID: 5,
    })
  })
})
