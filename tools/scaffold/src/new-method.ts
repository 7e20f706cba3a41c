/** `pnpm new-method <name>`: writes specs/<name>.ts (a skeleton the validator accepts once its TODOs are filled) and a changeset. */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The rule the spec model applies to method names (packages/spec/src/model.ts). */
const methodName = /^[a-z][a-z0-9]*(\.[a-z][a-z0-9_]*)+$/

/** Thrown for a bad name or a file that already exists; the message says what to do. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError'
}

/** The spec skeleton: every field the model requires, texts marked TODO so the validator names them. */
export function createSpecSkeleton(name: string): string {
  const parts = name.split('.')
  const entity = parts.length >= 3 ? (parts[1] ?? 'item') : (parts[0] ?? 'item')
  const todo = `{ ru: 'TODO', en: 'TODO' }`
  return `/**
 * ${name}. Sources: TODO (name the official page in bitrix24/b24restdocs that gives each fact).
 */
import { defineMethod } from '@b24kit/spec'

export default defineMethod({
  method: '${name}',
  scope: '${parts[0]}',
  summary: ${todo},
  description: ${todo},
  access: {
    entity: '${entity}',
    permission: 'read',
    description: ${todo},
    deniedError: 'accessDenied',
  },
  params: [],
  result: { type: 'boolean', description: ${todo} },
  errors: [{ id: 'accessDenied', code: '', status: 400, text: 'Access denied.', kind: 'accessDenied', when: ${todo} }],
  errorExample: 'accessDenied',
  examples: [{ id: 'todo', title: ${todo}, params: {}, result: true }],
  related: [],
  operation: { kind: 'get', entity: '${entity}', by: 'TODO', notFound: 'accessDenied' },
})
`
}

/** The changeset naming the method, as the changesets policy asks. */
export function createChangeset(name: string): string {
  return `---
"@b24kit/client": minor
"@b24kit/mock": minor
"@b24kit/docs": minor
---

${name}: new method.
`
}

/** Writes both files under `root`; refuses a bad name or an existing file. Returns the paths written. */
export async function writeNewMethod(root: string, name: string | undefined): Promise<string[]> {
  if (!name || !methodName.test(name))
    throw new ScaffoldError(`Expected a lower-case dotted method name such as crm.quote.delete, received ${JSON.stringify(name ?? '')}`)
  const spec = join('specs', `${name}.ts`)
  const changeset = join('.changeset', `${name.replaceAll('.', '-')}.md`)
  for (const path of [spec, changeset])
    if (existsSync(join(root, path))) throw new ScaffoldError(`${path} already exists: edit it, or pick another method name`)
  await mkdir(join(root, '.changeset'), { recursive: true })
  await writeFile(join(root, spec), createSpecSkeleton(name))
  await writeFile(join(root, changeset), createChangeset(name))
  return [spec, changeset]
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const root = resolve(fileURLToPath(import.meta.url), '../../../..')
  writeNewMethod(root, process.argv[2]).then(
    (paths) => {
      for (const path of paths) console.log(`wrote ${path}`)
      console.log('Fill in the TODOs, then run `pnpm generate`: the validator names each field still missing.')
    },
    (error: unknown) => {
      console.error(error instanceof ScaffoldError ? `new-method: ${error.message}` : error)
      process.exitCode = 1
    },
  )
}
