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
    [
      'batch',
      'the method names, not every method command',
      "void b24.batch({ a: { method: 'crm.contact.delete', params: { id: 1 } } })",
      2,
    ],
    [
      'batch of a list',
      'the method names, not every method command',
      "void b24.batch([{ method: 'crm.contact.get', params: { id: 1 } }])",
      2,
    ],
  ] as const)('%s makes the checker resolve %s', (_name, _what, use, typesPerMethod) => {
    const { types, errors } = countTypes(use)
    expect(errors).toEqual([])
    expect(methods).toBeGreaterThan(100)
    expect(types - tree).toBeLessThan(methods * typesPerMethod)
  })

  test.each([
    ['call', "void b24.call('crm.contact.delete', { id: true })"],
    ['batch', "void b24.batch({ a: { method: 'crm.contact.delete', params: { id: true } } })"],
    [
      'batch of a list',
      "void b24.batch([{ method: 'crm.contact.get', params: { id: 1 } }, { method: 'crm.contact.delete', params: { id: true } }])",
    ],
  ])('%s: a wrong param is still an error on the param itself', (_name, use) => {
    expect(countTypes(use).errors).toEqual(["Type 'boolean' is not assignable to type 'number'."])
  })

  test('batch: an unknown method is an error on the method, with the nearest name', () => {
    expect(countTypes("void b24.batch({ a: { method: 'crm.contact.remove', params: { id: 1 } } })").errors).toEqual([
      `Type '"crm.contact.remove"' is not assignable to type 'keyof MethodMap'. Did you mean '"crm.contact.get"'?`,
    ])
  })
})

/** The names an editor offers where `|` stands in `use` (the language service, as an editor asks). */
function complete(use: string): string[] {
  const text = `${head}${use.replace('|', '')}\n`
  const options = readOptions()
  const service = ts.createLanguageService({
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const source = name === file ? text : ts.sys.readFile(name)
      return source === undefined ? undefined : ts.ScriptSnapshot.fromString(source)
    },
    getCurrentDirectory: () => packageDir,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
  })
  const names = service.getCompletionsAtPosition(file, head.length + use.indexOf('|'), {})?.entries.map((e) => e.name) ?? []
  service.dispose()
  return names
}

describe('completions by name', () => {
  // Read once the method is known: the method's own params, not every method's.
  test.each([
    ['call', "void b24.call('crm.contact.get', { | })"],
    [
      'batch',
      "void b24.batch({ a: { method: 'crm.contact.delete', params: { id: 1 } }, b: { method: 'crm.contact.get', params: { | } } })",
    ],
    ['batch of a list', "void b24.batch([{ method: 'crm.contact.get', params: { | } }])"],
  ])(
    "%s offers the method's params",
    (_name, use) => {
      expect(complete(use)).toEqual(['id'])
    },
    60_000,
  )

  test('batch offers the method names for a command', () => {
    expect(complete("void b24.batch({ a: { method: '|' } })")).toContain('crm.contact.delete')
  }, 60_000)
})
