import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { formatIssue, SpecValidationError } from '@b24kit/spec'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { badSpecCorpus } from '../test/bad-spec-corpus.js'
import { createWorkspace, readTree, removeWorkspace } from '../test/workspace.js'
import { defineEmitter } from './emitter.js'
import { runGenerator } from './run-generator.js'

const probe = defineEmitter({
  name: 'probe',
  outputs: ['out'],
  emit: (ctx) => ctx.specs.methods.map(({ file, spec }) => ctx.emitText(`out/${spec.method}.md`, `${JSON.stringify(spec.errors)}\n`, file)),
})
const config = { specs: 'specs', emitters: [probe] }

let root: string
let original: string
let good: Map<string, string>

beforeAll(async () => {
  root = await createWorkspace()
  original = await readFile(join(root, 'specs/crm.contact.delete.ts'), 'utf8')
  await runGenerator({ root, config })
  good = await readTree(root, 'out')
})
afterAll(async () => {
  await removeWorkspace(root)
})

describe('the bad-spec corpus', () => {
  it('holds at least 30 malformed entries', () => {
    expect(badSpecCorpus.length).toBeGreaterThanOrEqual(30)
  })

  it.each(badSpecCorpus.map((c) => [c.title, c] as const))(
    '%s: refused with file, path, expected and received; nothing written',
    async (_t, c) => {
      const { default: spec } = await import(`${join(root, 'specs/crm.contact.delete.ts')}?fresh=${encodeURIComponent(c.title)}`)
      const copy = structuredClone(spec)
      const replaced = c.mutate(copy)
      const body = `export default ${JSON.stringify(replaced === undefined ? copy : replaced, null, 2)}\n`
      const target = join(root, c.file ?? 'specs/crm.contact.delete.ts')
      await writeFile(target, body)
      try {
        const error = await runGenerator({ root, config }).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(SpecValidationError)
        expect((error as SpecValidationError).issues.map(formatIssue)).toEqual(c.want)
        expect(await readTree(root, 'out')).toEqual(good)
      } finally {
        if (c.file) await import('node:fs/promises').then((fs) => fs.rm(target))
        await writeFile(join(root, 'specs/crm.contact.delete.ts'), original)
      }
    },
  )
})
