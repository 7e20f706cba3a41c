/** The node:http reader gives the path, query and headers `new URL` and `req.headers` would give. */
import { describe, expect, it } from 'vitest'
import { createRandom } from './faults.js'
import { NodeCall, readBodyParams, splitTarget } from './node-call.js'
import { parsePhpQuery } from './params.js'

const origin = 'http://127.0.0.1:3000'

function splitWithUrl(target: string) {
  const url = new URL(`${origin}${target}`)
  return { pathname: url.pathname, query: url.search.slice(1) }
}

describe('splitTarget', () => {
  it.each([
    '/rest/1/code/crm.contact.delete',
    '/rest/1/code/crm.contact.delete?id=50',
    '/rest/1/code/crm.contact.list?filter[%3EID]=10&select[]=ID&order[ID]=DESC',
    '/rest/batch?cmd[a]=crm.contact.get?id=1&halt=0',
    '/rest/x?',
    '/rest/x??id=1',
    '/rest/x?a=1#frag',
    '/rest/1/x/../code/crm.contact.get',
    '/rest/1/x/%2e%2E/code/crm.contact.get',
    '/rest/./crm.contact.get',
    '/rest/crm.contact.get.',
    '/rest\\1\\code\\crm.contact.get',
    '/rest/crm contact?q=a b',
    '/rest/crm.contact.get?q="x"&r=<y>',
    "/rest/it's?q='1'",
    '/rest/{x}/`y`/^z|?w={v}',
    '/rest/%zz/%E0%A4%A?x=%zz',
    '//other.host/rest/x',
    '/rest/\u00e9t\u00e9?n=\u00e9',
  ])('splits %s as new URL does', (target) => {
    expect(splitTarget(origin, target)).toEqual(splitWithUrl(target))
  })

  it('throws where new URL throws (the server answers 500 on either path)', () => {
    expect(() => new URL(`${origin}*`)).toThrow()
    expect(() => splitTarget(origin, '*')).toThrow()
  })

  it('agrees with new URL and its searchParams on 5,000 random targets', () => {
    const random = createRandom(42)
    const alphabet = 'aZ09-._~!$&()*+,;=:@/%?#[]{}|\\^`\'" <>\t.%2e%2Eé'
    for (let i = 0; i < 5000; i++) {
      let target = '/'
      const length = Math.floor(random() * 24)
      for (let j = 0; j < length; j++) target += alphabet[Math.floor(random() * alphabet.length)]
      const split = splitTarget(origin, target)
      const params = readBodyParams('GET', `${origin}${target}`, split.query, undefined, Buffer.alloc(0))
      const want = parsePhpQuery(new URL(`${origin}${target}`).searchParams)
      expect({ target, split, params }).toEqual({ target, split: splitWithUrl(target), params: want })
    }
  })
})

describe('NodeCall', () => {
  it('reads the first Content-Type and Authorization in any case, as req.headers does', async () => {
    const call = new NodeCall(
      'POST',
      'http:',
      origin,
      '/rest/crm.contact.get?id=1',
      [
        'Host',
        'x',
        'CONTENT-TYPE',
        'application/json',
        'content-type',
        'text/plain',
        'authorization',
        'Bearer a',
        'Authorization',
        'Bearer b',
      ],
      Buffer.from('{"id":50}'),
    )
    expect(call.authorization).toBe('Bearer a')
    expect(await call.readParams()).toEqual({ id: 50 })
    expect(call.pathname).toBe('/rest/crm.contact.get')
  })

  it('has no Authorization when none is sent', () => {
    expect(new NodeCall('GET', 'http:', origin, '/rest/x', [], Buffer.alloc(0)).authorization).toBeNull()
  })
})
