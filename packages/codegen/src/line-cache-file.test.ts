import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type CacheLine, findFields, type LineCache, readField, readLineCache, saveLineCache, sliceField } from './line-cache-file.js'

const header = { format: 'test/1' }
// A line: the name as JSON, a tab, the value.
const line = (name: string, value: string) => `${JSON.stringify(name)}\t${value}`
const parse = (line: CacheLine): [string, string] | undefined => {
  const text = line.bytes.toString('utf8', line.start, line.end)
  const tab = text.indexOf('\t')
  if (tab < 0) return undefined
  try {
    return [JSON.parse(text.slice(0, tab)) as string, text.slice(tab + 1)]
  } catch {
    return undefined
  }
}

let dir: string
let file: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'b24kit-lines-'))
  file = join(dir, 'cache.json')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Saves `values` as the next state of the cache read as `read`, with `added` new this run. */
async function save(read: LineCache<unknown>, values: Record<string, string>, added: string[]): Promise<void> {
  const next = new Map(Object.entries(values).map(([name, value]) => [name, line(name, value)]))
  await saveLineCache(file, header, next, new Set(added), read)
}
const lineCount = async () => (await readFile(file, 'utf8')).split('\n').length - 1

describe('the line cache file', () => {
  it('appends the changed entries, and a later line replaces an earlier one', async () => {
    await save(readLineCache(file, header, parse), { a: '1', b: '2', c: '3' }, ['a', 'b', 'c'])
    const first = readLineCache(file, header, parse)
    expect(first.entries.get('b')).toBe('2')
    await save(first, { a: '1', b: '22', c: '3' }, ['b'])
    expect(await lineCount()).toBe(4)
    expect(readLineCache(file, header, parse).entries.get('b')).toBe('22')
  })

  it('writes the file whole when an entry went away, the header changed, or replaced lines would pass half', async () => {
    await save(readLineCache(file, header, parse), { a: '1', b: '2' }, ['a', 'b'])
    await save(readLineCache(file, header, parse), { a: '1' }, [])
    expect(await lineCount()).toBe(1)
    await save(readLineCache(file, header, parse), { a: '2' }, ['a'])
    expect(await lineCount()).toBe(2)
    // Three lines for one live entry would be more than twice its count: written whole.
    await save(readLineCache(file, header, parse), { a: '3' }, ['a'])
    expect(await lineCount()).toBe(1)
    expect(readLineCache(file, header, parse).entries.get('a')).toBe('3')
    expect(readLineCache(file, { format: 'test/2' }, parse).entries.size).toBe(0)
  })

  it('skips a line cut short by a crash, and keeps the entries before it', async () => {
    await save(readLineCache(file, header, parse), { a: '1', b: '2' }, ['a', 'b'])
    await writeFile(file, `${await readFile(file, 'utf8')}\n"c`)
    const read = readLineCache(file, header, parse)
    expect([...read.entries.keys()]).toEqual(['a', 'b'])
  })

  it('writes lines kept as read back byte for byte, and reads fields as bytes or text', async () => {
    await save(readLineCache(file, header, parse), { a: 'Удалить\tконтакт', b: '2' }, ['a', 'b'])
    const asRead = readLineCache(file, header, (line) => [line.bytes.toString('utf8', line.start, line.start + 3), line])
    const a = asRead.entries.get('"a"') as CacheLine
    const at = findFields(a, 2) as number[]
    expect(readField(a, at, 1)).toBe('Удалить')
    expect(sliceField(a, at, 2)).toEqual(Buffer.from('контакт'))
    expect(findFields(a, 3)).toBeUndefined()
    // b goes away, so the file is written whole: a's line as the bytes read, c's as new text.
    await saveLineCache(
      file,
      header,
      new Map<string, CacheLine | string>([
        ['a', a],
        ['c', line('c', '3')],
      ]),
      new Set(['c']),
      asRead,
    )
    expect(await readFile(file, 'utf8')).toBe(`${JSON.stringify(header)}\n"a"\tУдалить\tконтакт\n"c"\t3`)
  })
})
