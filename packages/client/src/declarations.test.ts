/**
 * The published declarations (`dist/index.d.ts`, one file made by scripts/bundle-declarations.mjs
 * from what tsc wrote) against the sources they come from: the same exports, and the type tests
 * pass against them as they pass against the sources, so bundling loses no name and no precision.
 * The package's `build` runs before its tests (turbo.json), so `dist` is this tree's.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'

const packageDir = join(import.meta.dirname, '..')
const dist = join(packageDir, 'dist')
const bundled = join(dist, 'index.d.ts')
/** Where the type tests are placed, in memory, to import the bundle as `../dist/index.js`. */
const checkDir = join(packageDir, 'declarations-check')
const typeTests = ['types.test-d.ts', 'item-types.test-d.ts']

/** The client's own compiler options (strict, NodeNext), as its typecheck uses them. */
function readOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )
  if (!parsed) throw new Error('packages/client/tsconfig.json did not parse')
  const { rootDir: _rootDir, outDir: _outDir, ...options } = parsed.options
  return { ...options, noEmit: true, declaration: false, declarationMap: false }
}

/** A program over real files plus `virtual` ones (path to text) that exist only in memory. */
function createProgram(roots: string[], virtual: Map<string, string> = new Map()): ts.Program {
  const options = readOptions()
  const host = ts.createCompilerHost(options)
  const { getSourceFile, fileExists, readFile: read } = host
  host.fileExists = (file) => virtual.has(file) || fileExists(file)
  host.readFile = (file) => virtual.get(file) ?? read(file)
  host.getSourceFile = (file, language, onError) => {
    const text = virtual.get(file)
    return text === undefined ? getSourceFile(file, language, onError) : ts.createSourceFile(file, text, language)
  }
  return ts.createProgram(roots, options, host)
}

/** The symbols a module exports. */
function readExports(program: ts.Program, file: string): ts.Symbol[] {
  const source = program.getSourceFile(file)
  const checker = program.getTypeChecker()
  const symbol = source && checker.getSymbolAtLocation(source)
  if (!symbol) throw new Error(`no module symbol for ${file}`)
  return checker.getExportsOfModule(symbol)
}

/** Every name a module exports, sorted. */
function listExports(program: ts.Program, file: string): string[] {
  return readExports(program, file)
    .map((s) => s.name)
    .sort()
}

function formatDiagnostics(diagnostics: readonly ts.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
}

/** The type tests, moved beside the bundle: they import it instead of the sources. */
async function placeTypeTests(extra: Record<string, string> = {}): Promise<Map<string, string>> {
  const virtual = new Map<string, string>()
  for (const name of typeTests) {
    const text = await readFile(join(import.meta.dirname, name), 'utf8')
    const moved = text.replaceAll("from './index.js'", "from '../dist/index.js'")
    expect(moved, `${name} imports the client as './index.js'`).not.toBe(text)
    virtual.set(join(checkDir, name), moved)
  }
  for (const [name, text] of Object.entries(extra)) virtual.set(join(checkDir, name), text)
  return virtual
}

describe('the published declarations', () => {
  test('are one file: no per-module declaration or map is left in dist', async () => {
    const files = (await readdir(dist, { recursive: true })).filter((f) => /\.d\.ts(\.map)?$/.test(f))
    expect(files).toEqual(['index.d.ts'])
    expect(await readFile(bundled, 'utf8')).toMatch(/^\/\/ Bundled by @b24kit\/client/)
  })

  test('export exactly what the sources export', () => {
    const sources = join(import.meta.dirname, 'index.ts')
    const fromSources = listExports(createProgram([sources]), sources)
    const fromBundle = listExports(createProgram([bundled]), bundled)
    expect(fromSources.length).toBeGreaterThan(100)
    expect(fromBundle).toEqual(fromSources)
  }, 60_000)

  test('declare each export in place, not as an alias in a list at the end', () => {
    // Quick info on a tree method resolves its `{@link}` through the module's exports: as aliases,
    // every one of them after each edit (scripts/bundle-declarations.mjs, declareExportsInPlace).
    const exports = readExports(createProgram([bundled]), bundled)
    expect(exports.length).toBeGreaterThan(100)
    expect(exports.filter((s) => s.flags & ts.SymbolFlags.Alias).map((s) => s.name)).toEqual([])
    expect(exports.find((s) => s.name === 'crmContactDelete')?.flags).toBe(ts.SymbolFlags.Function)
    // And the bundle compiles on its own, its library check included.
    const strict = ts.createProgram([bundled], { ...readOptions(), skipLibCheck: false })
    expect(formatDiagnostics(ts.getPreEmitDiagnostics(strict))).toEqual([])
  }, 60_000)

  test('pass the type tests, and a wrong type still fails against them', async () => {
    // The wrong file proves the bundle's types are not `any`: a precise `true` result refuses `false`.
    const wrong = `import { createClient } from '../dist/index.js'
const b24 = createClient({ webhookUrl: 'https://example.bitrix24.ru/rest/1/abc123/' })
export const wrong: Promise<false> = b24.crm.contact.delete({ id: 50 })
`
    const virtual = await placeTypeTests({ 'wrong.ts': wrong })
    const program = createProgram([...virtual.keys()], virtual)
    const errors = formatDiagnostics(ts.getPreEmitDiagnostics(program))
    const inWrong = errors.filter((line) => line.startsWith(join(checkDir, 'wrong.ts')))
    expect(errors.filter((line) => !inWrong.includes(line))).toEqual([])
    expect(inWrong).toHaveLength(1)
    expect(inWrong[0]).toMatch(/'true' is not assignable to type 'false'/)
    // The type tests did read the bundle, not the sources.
    expect(program.getSourceFile(bundled)).toBeDefined()
    expect(program.getSourceFile(join(import.meta.dirname, 'index.ts'))).toBeUndefined()
  }, 60_000)
})
