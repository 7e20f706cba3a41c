import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FileHasher } from './file-hash.js'
import { SpecCache } from './spec-cache.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'b24kit-spec-cache-'))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await rm(dir, { recursive: true, force: true })
})

const value = { method: 'crm.demo.get', params: [{ name: 'id', type: 'integer', required: true }], summary: { en: 'Gets one.' } }

/** A cache holding `value` for one spec file, saved and opened again as the next run would. */
async function reopenWithValue(): Promise<{ cache: SpecCache; file: string }> {
  const file = join(dir, 'crm.demo.get.ts')
  await writeFile(file, 'export default {}')
  const first = await SpecCache.open(dir, 'model')
  await first.store(file, [file], value, new FileHasher())
  await first.save()
  return { cache: await SpecCache.open(dir, 'model'), file }
}

describe('the spec cache', () => {
  it('gives a hit whose method is read without parsing the value, and whose value parses once when used', async () => {
    const { cache, file } = await reopenWithValue()
    const hit = cache.lookup(file, new FileHasher())
    const parse = vi.spyOn(JSON, 'parse')
    const spec = hit?.value as typeof value
    expect(spec.method).toBe('crm.demo.get')
    expect(parse).not.toHaveBeenCalled()
    expect(spec.params[0]?.name).toBe('id')
    expect(spec.summary.en).toBe('Gets one.')
    expect(parse).toHaveBeenCalledTimes(1)
    // Every way of reading it sees the value itself: keys, spreading, JSON.
    expect(spec).toEqual(value)
    expect(Object.keys(spec)).toEqual(['method', 'params', 'summary'])
    expect(JSON.parse(JSON.stringify(spec))).toEqual(value)
    expect('params' in spec).toBe(true)
  })

  it('misses when the stored method name was changed: the checksum covers it', async () => {
    const { file } = await reopenWithValue()
    const path = join(dir, 'specs.json')
    await writeFile(path, (await readFile(path, 'utf8')).replace('"crm.demo.get"]', '"crm.demo.other"]'))
    expect((await SpecCache.open(dir, 'model')).lookup(file, new FileHasher())).toBeUndefined()
  })
})
