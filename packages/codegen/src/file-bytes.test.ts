/** Files made as bytes: their text decodes on demand, and the core hashes and keeps the bytes themselves. */
import { describe, expect, it } from 'vitest'
import { type CachedRun, hashFile } from './emit-cached.js'
import { createFileFromBytes, getFileBytes } from './file-bytes.js'
import { hashText } from './file-hash.js'

const run = (bytes?: Map<string, Uint8Array>): CachedRun =>
  ({ root: '.', keys: new Map(), hashes: new Map(), reused: new Set(), ...(bytes ? { bytes } : {}) }) as unknown as CachedRun

describe('a file made from bytes', () => {
  const bytes = new TextEncoder().encode('{"summary":"Удалить контакт"}\n')
  const file = createFileFromBytes('out/openapi.json', bytes)

  it('reads as the text of its bytes, and says which bytes it was made of', () => {
    expect(file.content).toBe('{"summary":"Удалить контакт"}\n')
    expect(getFileBytes(file)).toBe(bytes)
    expect(getFileBytes({ path: 'x', content: 'x' })).toBeUndefined()
  })

  it('is hashed as its bytes, which the run keeps as they are to write them', () => {
    const kept = new Map<string, Uint8Array>()
    const hash = hashFile(file, run(kept))
    expect(hash).toBe(hashText(file.content))
    expect(kept.get('out/openapi.json')).toBe(bytes)
    // A run that keeps no bytes hashes the same.
    expect(hashFile(file, run())).toBe(hash)
  })
})
