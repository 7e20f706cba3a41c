/**
 * What an editor pays on each keystroke for the by-name helpers: it checks the file with a new type
 * checker every time, so whatever a call makes the checker resolve is paid again and again. A call
 * by name with an object literal must not make it resolve every method's params (TypeScript types
 * such an argument against its parameter's constraint before it fixes the method: see ClientMethods),
 * only the method names. Counted in types the checker creates, which are exact for a given
 * TypeScript and input, against the same call through the tree.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import ts from 'typescript'
import { beforeAll, describe, expect, test } from 'vitest'

const packageDir = join(import.meta.dirname, '..')
/** A file that exists only in memory, beside the sources, importing the client as an app would. */
const file = join(import.meta.dirname, 'editor-check.ts')
const head = `import { createClient } from './index.js'
const b24 = createClient({ webhookUrl: 'https://example.bitrix24.ru/rest/1/abc123/' })
`

function readOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )
  if (!parsed) throw new Error('packages/client/tsconfig.json did not parse')
  return { ...parsed.options, noEmit: true }
}

let last: ts.Program | undefined
/** Checks `use` in a fresh checker (as an editor does after an edit); resolves to the types it created. */
function countTypes(use: string): { types: number; errors: string[] } {
  const options = readOptions()
  const host = ts.createCompilerHost(options)
  const { getSourceFile, fileExists } = host
  const text = `${head}${use}\n`
  host.fileExists = (name) => name === file || fileExists(name)
  host.getSourceFile = (name, language, onError) =>
    name === file ? ts.createSourceFile(name, text, language) : getSourceFile(name, language, onError)
  // The last program's unchanged files are reused, as an editor reuses them; its checker is not.
  const program = ts.createProgram([file], options, host, last)
  last = program
  const errors = program.getSemanticDiagnostics(program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '))
  return { types: program.getTypeCount(), errors }
}

let methods = 0
let tree = 0
beforeAll(async () => {
  methods = (await readdir(join(import.meta.dirname, 'generated/descriptors'))).length
  const { types, errors } = countTypes('void b24.crm.contact.delete({ id: 50 })')
  expect(errors).toEqual([])
  tree = types
}, 120_000)

describe('a by-name call in an editor', () => {
  // Before the params were read by NoInfer'd defaults, call and callWithMeta created some 14 types a
  // method (every method's params, resolved for the argument's contextual type); the names alone take
  // 1 to 2. The pager and deleteMany take only list or delete methods: their names are an interface's
  // keys (ListMethods, DeleteMethods), not picked out of MethodMap entry by entry (2 to 3 types a method).
  test.each([
    ['call', 'the method names, not every method params', "void b24.call('crm.contact.delete', { id: 50 })", 3],
    ['callWithMeta', 'the method names, not every method params', "void b24.callWithMeta('crm.contact.delete', { id: 50 })", 3],
    ['paginate', 'the list or delete method names only', "void b24.paginate('crm.contact.list', { select: ['ID'] })", 1],
    ['deleteMany', 'the list or delete method names only', "void b24.deleteMany('crm.contact.delete', [1, 2])", 1],
  ] as const)('%s makes the checker resolve %s', (_name, _what, use, typesPerMethod) => {
    const { types, errors } = countTypes(use)
    expect(errors).toEqual([])
    expect(methods).toBeGreaterThan(100)
    expect(types - tree).toBeLessThan(methods * typesPerMethod)
  })

  test('a wrong param is still an error on the param itself', () => {
    const { errors } = countTypes("void b24.call('crm.contact.delete', { id: true })")
    expect(errors).toEqual(["Type 'boolean' is not assignable to type 'number'."])
  })
})
