/**
 * Goal 4's editor half, in its own process (a fresh language service, as an editor that opens the
 * project): TypeScript's language service over a tree's consumer (bench-client-scale.ts), which
 * compiles against the client's one declaration file. It measures opening the file (program,
 * diagnostics), then keystrokes: each edit types one more character of `b24.crm.contact.de` on a
 * new line and asks what an editor asks after a keystroke, the file's diagnostics and the
 * completions at the cursor, and the quick info of the tree's `delete`.
 *
 * Usage: editor-worker.ts <root> <keystrokes> [construct]: with a construct (`tree`, `call`, `batch`,
 * `pager`), the file holds that one use of the client instead of the whole consumer.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { sendResult } from './child.js'
import { constructs } from './editor.js'

/** What one editor session measured. */
export interface EditorFigures {
  /** Opening consumer.ts: the program, then its semantic diagnostics. */
  openMs: number
  /** Each keystroke: diagnostics of the edited file and completions at the cursor, in order. */
  keystrokeMs: number[]
  /** Quick info on `delete` after the last keystroke. */
  quickInfoMs: number
  /** Members completed after `b24.crm.contact.` (must hold `delete`). */
  completions: string[]
  /** What quick info showed for `delete`. */
  quickInfo: string
}

const [root = '', keystrokes = '12', construct] = process.argv.slice(2)
const fileName = join(root, construct ? `editor-${construct}.ts` : 'consumer.ts')
if (construct) {
  const use = constructs[construct]
  if (!use) throw new Error(`unknown construct ${construct}: expected one of ${Object.keys(constructs).join(', ')}`)
  const head = readFileSync(join(root, 'consumer.ts'), 'utf8').split('\n').slice(0, 2).join('\n')
  writeFileSync(fileName, `${head}\nexport async function main(): Promise<void> {\n  ${use}\n}\n`)
}
const typed = '\nb24.crm.contact.delete'
// The keystrokes end on `b24.crm.contact.` plus a few letters of `delete`, where completion matters.
const prefixEnd = typed.indexOf('contact.') + 'contact.'.length

const config = ts.getParsedCommandLineOfConfigFile(
  join(root, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    },
  },
)
if (!config) throw new Error(`no tsconfig.json in ${root}`)

const base = readFileSync(fileName, 'utf8')
let text = base
let version = 0
const snapshots = new Map<string, ts.IScriptSnapshot | undefined>()
const host: ts.LanguageServiceHost = {
  getCompilationSettings: () => config.options,
  getScriptFileNames: () => [fileName],
  getScriptVersion: (name) => (name === fileName ? String(version) : '0'),
  getScriptSnapshot: (name) => {
    if (name === fileName) return ts.ScriptSnapshot.fromString(text)
    // Read once, as tsserver keeps an unchanged file's text: the service asks again on every edit.
    if (!snapshots.has(name)) {
      const content = ts.sys.readFile(name)
      snapshots.set(name, content === undefined ? undefined : ts.ScriptSnapshot.fromString(content))
    }
    return snapshots.get(name)
  },
  getCurrentDirectory: () => root,
  getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
}
const service = ts.createLanguageService(host, ts.createDocumentRegistry())

const time = <T>(work: () => T): [T, number] => {
  const started = performance.now()
  const value = work()
  return [value, performance.now() - started]
}

const [opened, openMs] = time(() => service.getSemanticDiagnostics(fileName))
if (opened.length) throw new Error(`consumer.ts does not compile: ${ts.flattenDiagnosticMessageText(opened[0]?.messageText ?? '', ' ')}`)

const keystrokeMs: number[] = []
let completions: string[] = []
const count = Number(keystrokes)
for (let i = 0; i < count; i++) {
  // From `b24.crm.contact.` on, one more letter of `delete` each time (wrapping back to the dot).
  const end = prefixEnd + (i % ('delete'.length + 1))
  text = base + typed.slice(0, end)
  version++
  const [entries, ms] = time(() => {
    service.getSemanticDiagnostics(fileName)
    return service.getCompletionsAtPosition(fileName, text.length, {})
  })
  keystrokeMs.push(ms)
  if (end === prefixEnd) completions = (entries?.entries ?? []).map((e) => e.name)
}
if (!completions.includes('delete')) throw new Error(`completions after b24.crm.contact. miss delete: ${completions.join(', ')}`)

text = `${base}${typed}({ id: 50 })\n`
version++
const [info, quickInfoMs] = time(() => service.getQuickInfoAtPosition(fileName, base.length + typed.length - 1))
const quickInfo = ts.displayPartsToString(info?.displayParts ?? [])
if (!quickInfo.includes('delete')) throw new Error(`quick info on delete shows: ${quickInfo}`)

sendResult({ openMs, keystrokeMs, quickInfoMs, completions, quickInfo } satisfies EditorFigures)
