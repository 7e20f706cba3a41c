import type { MethodSpec } from '@b24kit/spec'
import { describe, expect, it } from 'vitest'
import type { EmitContext, IndexChanges } from '../../emitter.js'
import { sampleDeleteSpec, sampleSpecSet } from '../docs/fixtures/sample-specs.js'
import { buildMethodPart, type PrintedPart, printMethodPart } from './document.js'
import { patchOpenApiDocument } from './document-patch.js'
import { openapiEmitter } from './emitter.js'

const outFile = 'out/openapi.json'
const contextOf = (methods: MethodSpec[]): EmitContext => ({
  specs: { ...sampleSpecSet, methods: methods.map((spec) => ({ file: `specs/${spec.method}.ts`, spec })) },
  emitTypeScript: () => {
    throw new Error('the openapi emitter writes no TypeScript')
  },
  emitText: (path, body) => ({ path, content: body }),
})
const partOf = (spec: MethodSpec): PrintedPart => printMethodPart(buildMethodPart(spec, sampleSpecSet.shared))
const specs = sampleSpecSet.methods.map((m) => m.spec)

/** The emitter's index after `edited` replaced the delete spec, patched from the document before, and assembled whole. */
async function emitBothWays(edited: MethodSpec): Promise<{ patched: string; whole: string; read: string[] }> {
  const emitter = openapiEmitter({ outFile })
  const before = contextOf(specs)
  const [previous] = await emitter.emit(before)
  const after = contextOf(specs.map((spec) => (spec === sampleDeleteSpec ? edited : spec)))
  const summaries = new Map(after.specs.methods.map((m) => [m.file, partOf(m.spec)]))
  const read: string[] = []
  const file = `specs/${sampleDeleteSpec.method}.ts`
  const changes: IndexChanges = {
    changed: [file],
    readPreviousSummary: (name) => (name === file ? partOf(sampleDeleteSpec) : undefined),
    readPrevious: (path) => (path === outFile ? previous?.content : undefined),
    readPreviousBytes: (path) => (path === outFile && previous ? Buffer.from(previous.content) : undefined),
  }
  const tracked = new Map(summaries)
  tracked.get = (name: string) => {
    read.push(name)
    return summaries.get(name)
  }
  const [patched] = await emitter.emitIndex!(after, tracked, changes)
  const [whole] = await emitter.emit(after)
  return { patched: patched!.content, whole: whole!.content, read }
}

describe('patching the OpenAPI document', () => {
  it('replaces the lines of a method whose texts changed, reading no other method, as assembling would', async () => {
    const edited = {
      ...sampleDeleteSpec,
      summary: { ...sampleDeleteSpec.summary, en: 'Removes one record, for good.' },
      errors: sampleDeleteSpec.errors.map((row, i) => (i === 0 ? { ...row, text: `${row.text} (edited)` } : row)),
    }
    const { patched, whole, read } = await emitBothWays(edited)
    expect(patched).toContain('Removes one record, for good.')
    expect(patched).toBe(whole)
    expect(read).toEqual([`specs/${sampleDeleteSpec.method}.ts`])
  })

  it('patches the bytes right where Cyrillic comes before and in the change (two bytes a letter)', async () => {
    const edited = {
      ...sampleDeleteSpec,
      errors: sampleDeleteSpec.errors.map((row, i) => (i === 0 ? { ...row, text: 'Запись не найдена, ещё раз' } : row)),
    }
    const { patched, whole, read } = await emitBothWays(edited)
    expect(patched).toContain('Запись не найдена, ещё раз')
    expect(patched).toBe(whole)
    expect(read).toEqual([`specs/${sampleDeleteSpec.method}.ts`])
  })

  it('assembles the document whole when a change adds an entry (a new error status)', async () => {
    const row = sampleDeleteSpec.errors[0]!
    const edited = { ...sampleDeleteSpec, errors: [...sampleDeleteSpec.errors, { ...row, id: 'teapot', status: 418, code: 'TEAPOT' }] }
    const { patched, whole, read } = await emitBothWays(edited)
    expect(patched).toBe(whole)
    expect(read.length).toBeGreaterThan(1)
  })

  it('gives up when the line is not found as the last part printed it', () => {
    const part = partOf(sampleDeleteSpec)
    const path = Object.keys(part.paths)[0]!
    const changed = { ...part, paths: { [path]: [part.paths[path]![0].replace('"post"', '"post" ') as string, part.paths[path]![1]] } }
    const previous = `{\n  "paths": {\n    ${JSON.stringify(path)}: {"other":true}\n  }\n}\n`
    expect(patchOpenApiDocument(previous, [{ before: part, after: changed as PrintedPart }])).toBeUndefined()
  })
})
