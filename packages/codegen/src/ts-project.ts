/**
 * ts-morph the fast way: structures printed straight to text with ts-morph's own structure
 * printer and CodeBlockWriter. No SourceFile is created, so nothing is parsed, type-checked or
 * kept in memory after a file is printed; the text is the same that `createSourceFile(path,
 * structure).getFullText()` returns (ts-project.test.ts holds the two side by side).
 */

import {
  type ExportDeclarationStructure,
  type ImportDeclarationStructure,
  type ImportSpecifierStructure,
  type OptionalKind,
  type PrintStructureOptions,
  printStructure as printTsMorphStructure,
  type SourceFileStructure,
  type StatementStructures,
  StructureKind,
  type WriterFunction,
} from 'ts-morph'
import { hasOnly, isJoinableText, joinStatementTexts, printFastStatement, printFastText, type TextPrinter } from './fast-statements.js'

/** The print settings every TypeScript emitter shares (two spaces, LF, single quotes). */
export interface TsPrinter {
  readonly options: PrintStructureOptions
}

/** The settings of the in-memory project the emitters were written against. */
const printOptions: PrintStructureOptions = {
  indentNumberOfSpaces: 2,
  useTabs: false,
  newLine: '\n',
  useSingleQuote: true,
  insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true,
}

/** Creates the printer every TypeScript emitter shares during one run. */
export function createTsProject(): TsPrinter {
  return { options: printOptions }
}

/**
 * `literal`: the caller vouches that the text is printLiteral's (no template literal), so it is
 * not scanned. `comment`: the text is whole JSDoc blocks (renderJsDoc's), whose last line closes
 * a comment the writer never sees opened, leaving it outside any comment or string.
 */
export interface VerbatimOptions {
  literal?: boolean
  comment?: boolean
}

/** Texts written by `writeVerbatim` during the current `printStructure`, by marker; undefined outside one. */
let verbatimTexts: Map<string, string> | undefined

/**
 * A writer function for a large multi-line text (a data table printed as a literal): the same
 * bytes as `writer.write(text)`, without CodeBlockWriter scanning every character. Inside
 * `printStructure` it writes a two-line marker, which shows the indentation the writer gives to
 * each line after the first, and the text replaces it after printing; elsewhere (a SourceFile) it
 * is `writer.write(text)`. Only for text whose lines never continue a template literal, so that
 * the writer indents every non-empty line after the first alike (printLiteral's output): a
 * backtick outside a single-quoted string falls back to `writer.write`.
 */
export function writeVerbatim(text: string, options: VerbatimOptions = {}): WriterFunction {
  const write: WriterFunction = (writer) => {
    // The last line goes out as it is after the marker, so the writer ends in the state the text
    // leaves it in (a closing brace gets the blank line before the next statement); a last line
    // that could leave a string or comment open, or none at all, takes the slow path.
    const way = verbatimTexts ? getVerbatimWay(text, options) : undefined
    if (!verbatimTexts || way === undefined) {
      writer.write(text)
      return
    }
    const marker = `__b24kitVerbatim${verbatimTexts.size}__`
    verbatimTexts.set(marker, text)
    // One long line (an index's array of 2,000 names): a marker and the text's last character,
    // which is all the writer looks back at; nothing in the text opens a string or comment.
    if (way === 'line') writer.write(`${marker}${text.at(-1)}`)
    else writer.write(`${marker}\n${marker}${text.slice(text.lastIndexOf('\n') + 1)}`)
  }
  writtenTexts.set(write, { text, options })
  return write
}

/** What each writeVerbatim writer writes, so a declaration printed as text can hold it (readVerbatim). */
const writtenTexts = new WeakMap<WriterFunction, { text: string; options: VerbatimOptions }>()

/**
 * How writeVerbatim puts `text` in place: as one long plain line, as a block of lines (the
 * writer's indentation shapes every line after the first alike), or undefined: through the writer.
 */
function getVerbatimWay(text: string, options: VerbatimOptions): 'line' | 'block' | undefined {
  if (isLongPlainLine(text)) return 'line'
  const tail = text.slice(text.lastIndexOf('\n') + 1)
  if (!text.includes('\n') || tail === '' || (!options.literal && hasTemplateQuote(text))) return undefined
  const openTail = options.comment ? tail.trim() !== '*/' : /['"`/]/.test(tail.replace(singleQuoted, ''))
  return openTail ? undefined : 'block'
}

/**
 * The text a writeVerbatim writer writes, when it goes out verbatim (no template literal, a tail
 * that leaves no string or comment open), so the writer's indentation is all that shapes it, and
 * whether its maker vouched for it as a literal; else undefined.
 */
export function readVerbatim(write: unknown): { text: string; literal: boolean } | undefined {
  const written = typeof write === 'function' ? writtenTexts.get(write as WriterFunction) : undefined
  if (!written || written.options.comment || getVerbatimWay(written.text, written.options) === undefined) return undefined
  return { text: written.text, literal: written.options.literal === true }
}

/** A line long enough to be worth a marker, with no quote, slash or backslash outside single-quoted strings. */
function isLongPlainLine(text: string): boolean {
  return text.length >= 256 && !text.includes('\n') && !/['"`/\\]/.test(text.replace(singleQuoted, ''))
}

/** Single-quoted strings as printLiteral prints them: escapes, never a raw line break. */
const singleQuoted = /'(?:[^'\\\n]|\\.)*'/g

/**
 * Whether `text` has a backtick outside its single-quoted strings, which could open a template
 * literal whose lines the writer must not indent. A backtick inside a string (an example's
 * Markdown, say) is plain text to CodeBlockWriter too; treating it as a template sent a
 * 2,000-method table through the writer character by character (1.3 s of a 2.9 s run).
 */
export function hasTemplateQuote(text: string): boolean {
  if (!text.includes('`')) return false
  // Strings and block comments are skipped in the order they start, as the writer reads them: a
  // backtick in a doc comment (`MethodMap`'s) is plain text too.
  plainTokens.lastIndex = 0
  for (let match = plainTokens.exec(text); match; match = plainTokens.exec(text)) if (match[0] === '`') return true
  return false
}

/** What hasTemplateQuote reads past, in order: quoted strings, block comments; and a backtick. */
const plainTokens = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\/\*[\s\S]*?\*\/|`/g

/** A line break followed by a non-empty line (neither another break nor the end). */
const nonEmptyLineStart = /\n(?!\n|$)/g

function replaceVerbatim(printed: string, texts: Map<string, string>): string {
  // The markers appear in the order they were written, so one pass from left to right finds
  // them all; replacing them one by one in a 4 MB table re-copied the text for each.
  const pieces: string[] = []
  let from = 0
  for (const [marker, text] of texts) {
    if (!text.includes('\n')) {
      // A long plain line (writeVerbatim): the marker and the line's last character stand for it.
      const at = printed.indexOf(`${marker}${text.at(-1)}`, from)
      if (at < 0) throw new Error(`writeVerbatim: marker ${marker} not found in the printed file`)
      pieces.push(printed.slice(from, at), text)
      from = at + marker.length + 1
      continue
    }
    const tail = text.slice(text.lastIndexOf('\n') + 1)
    const at = printed.indexOf(`${marker}\n`, from)
    const second = at < 0 ? -1 : printed.indexOf(marker, at + marker.length + 1)
    const indent = second < 0 ? '' : printed.slice(at + marker.length + 1, second)
    if (second < 0 || !/^[ \t]*$/.test(indent) || !printed.startsWith(tail, second + marker.length))
      throw new Error(`writeVerbatim: marker ${marker} not found in the printed file`)
    // CodeBlockWriter splits on \r?\n and indents each non-empty line after the first.
    const body = text.includes('\r')
      ? text
          .split(/\r?\n/)
          .map((line, i) => (i === 0 || line === '' ? line : indent + line))
          .join('\n')
      : indent === ''
        ? text
        : text.replace(nonEmptyLineStart, `\n${indent}`)
    pieces.push(printed.slice(from, at), body)
    from = second + marker.length + tail.length
  }
  pieces.push(printed.slice(from))
  return pieces.join('')
}

const plainName = /^[A-Za-z_$][A-Za-z0-9_$]*$/
const plainModule = /^[^'"\\\r\n\u2028\u2029]+$/

type Specifier = string | OptionalKind<ImportSpecifierStructure>

function printSpecifiers(specifiers: readonly unknown[]): string | undefined {
  const out: string[] = []
  for (const item of specifiers as Specifier[]) {
    if (typeof item === 'string') {
      if (!plainName.test(item)) return undefined
      out.push(item)
      continue
    }
    if (typeof item !== 'object' || item === null || item.alias !== undefined || !plainName.test(item.name)) return undefined
    if (item.leadingTrivia !== undefined || item.trailingTrivia !== undefined) return undefined
    out.push(item.isTypeOnly ? `type ${item.name}` : item.name)
  }
  return out.length ? `{ ${out.join(', ')} }` : undefined
}

type Declaration = OptionalKind<ImportDeclarationStructure> | OptionalKind<ExportDeclarationStructure>

/**
 * The text ts-morph prints for a one-line `import { a, type B } from './m.js'` or
 * `export { a } from './m.js'`, or undefined for any other shape (default or namespace imports,
 * aliases, attributes, trivia, names or paths needing escapes), which ts-morph prints instead.
 * ts-morph scans every specifier with the TypeScript scanner to place commas, which made the
 * 1,000-method client index cost ~200 ms; these declarations need none of that.
 */
function printPlainDeclaration(statement: unknown): string | undefined {
  if (typeof statement !== 'object' || statement === null) return undefined
  const kind = (statement as { kind?: unknown }).kind
  if (kind !== StructureKind.ImportDeclaration && kind !== StructureKind.ExportDeclaration) return undefined
  const decl = statement as Declaration & Record<string, unknown>
  for (const key of Object.keys(decl)) {
    if (!['kind', 'isTypeOnly', 'moduleSpecifier', 'namedImports', 'namedExports'].includes(key)) return undefined
  }
  const named = kind === StructureKind.ImportDeclaration ? decl.namedImports : decl.namedExports
  if (!Array.isArray(named) || typeof decl.moduleSpecifier !== 'string' || !plainModule.test(decl.moduleSpecifier)) return undefined
  const braces = printSpecifiers(named)
  if (braces === undefined) return undefined
  const keyword = kind === StructureKind.ImportDeclaration ? 'import' : 'export'
  return `${keyword}${decl.isTypeOnly ? ' type' : ''} ${braces} from '${decl.moduleSpecifier}';`
}

/**
 * The statements with each run of plain one-line declarations joined into one text, and every
 * multi-line text (a run, a data table, a long type) written verbatim: the 4,000 imports and
 * exports of a 2,000-method index went through the writer one character at a time. ts-morph puts
 * a plain line break between such declarations (none ends in a brace), so joining with one is exact.
 */
type Statement = string | WriterFunction | StatementStructures

function joinPlainStatements(statements: readonly Statement[]): Statement[] {
  const out: Statement[] = []
  let run: string[] = []
  const flush = () => {
    if (run.length) out.push(run.length === 1 ? (run[0] as string) : writeVerbatim(run.join('\n')))
    run = []
  }
  for (const statement of statements) {
    const plain = printPlainDeclaration(statement)
    if (plain !== undefined) {
      run.push(plain)
      continue
    }
    flush()
    out.push(typeof statement === 'string' ? writeVerbatim(statement) : statement)
  }
  flush()
  return out
}

/**
 * The JSDoc block ts-morph prints for a string doc (JSDocStructurePrinter: `/** text *\/` on one
 * line, else one ` * line` per line, a leading empty line dropped), or undefined for a text that
 * holds a comment's end, after which the writer's state would depend on the text.
 */
function renderJsDoc(doc: unknown): string | undefined {
  const text = getJsDocText(doc)
  if (text === undefined || text.includes('*/') || text.includes('\r')) return undefined
  const lines = text.split(/\r?\n/)
  // One line: `/** `, the text, a space unless the text left one (an empty text leaves one).
  if (lines.length <= 1) return `/** ${text}`.endsWith(' ') ? `/** ${text}*/` : `/** ${text} */`
  const body = lines.slice(lines[0] === '' ? 1 : 0).map((line) => (line === '' ? ' *' : ` * ${line}`))
  return ['/**', ...body, ' */'].join('\n')
}

type Structure = Record<string, unknown>

/** Docs as the JSDoc blocks ts-morph prints before a declaration, each line after `indent`, or undefined. */
function renderDocs(docs: unknown, indent: string): string | undefined {
  if (docs === undefined) return ''
  if (!Array.isArray(docs)) return undefined
  let out = ''
  for (const doc of docs) {
    const block = renderJsDoc(doc)
    if (block === undefined) return undefined
    out += `${indent}${block.replaceAll('\n', `\n${indent}`)}\n`
  }
  return out
}

/**
 * The text inside a doc: a string as it is; a JSDoc structure's description, a line break, then
 * its tags one a line (`@name text`), as ts-morph's JSDoc and tag printers join them. Undefined
 * for writer functions, trivia or other fields, which ts-morph prints.
 */
function getJsDocText(doc: unknown): string | undefined {
  if (typeof doc === 'string') return doc
  if (typeof doc !== 'object' || doc === null || !hasOnly(doc, ['kind', 'description', 'tags'])) return undefined
  const { description = '', tags = [] } = doc as { description?: unknown; tags?: unknown }
  if (typeof description !== 'string' || !Array.isArray(tags)) return undefined
  const lines: string[] = []
  for (const tag of tags as unknown[]) {
    if (typeof tag !== 'object' || tag === null || !hasOnly(tag, ['kind', 'tagName', 'text'])) return undefined
    const { tagName, text = '' } = tag as { tagName?: unknown; text?: unknown }
    if (typeof tagName !== 'string' || typeof text !== 'string') return undefined
    lines.push(`@${tagName}${text.length > 0 && !/^\r?\n/.test(text) ? ' ' : ''}${text}`)
  }
  return description.length > 0 && lines.length > 0 ? `${description}\n${lines.join('\n')}` : description + lines.join('\n')
}

/**
 * A writer for a structure's docs (strings and plain JSDoc structures) as one verbatim text plus the line break
 * printDocs puts after each block, or undefined when ts-morph must print them: a structure with
 * leading trivia (trivia and docs would be joined differently) or overloads (printed before its docs).
 */
function writeDocsVerbatim(structure: Structure): WriterFunction | undefined {
  const docs = structure.docs
  if (!Array.isArray(docs) || docs.length === 0 || structure.leadingTrivia !== undefined) return undefined
  if (Array.isArray(structure.overloads) && structure.overloads.length > 0) return undefined
  const blocks = renderDocs(docs, '')
  if (blocks === undefined) return undefined
  const text = blocks.slice(0, -1)
  return (writer) => {
    writeVerbatim(text, { comment: true })(writer)
    writer.newLine()
  }
}

/**
 * The structure with long initializers and types written verbatim, and every string JSDoc moved
 * into leading trivia written verbatim: ts-morph
 * writes a doc through CodeBlockWriter one character at a time, which was 2.3 s of the
 * 2,000-method client's 4.5 s. The printed text is the same (ts-project.test.ts compares).
 */
function prepareStructures<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    // Most arrays are long runs of strings and writers (an index's statements): copied only on a change.
    let out: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const item = value[i]
      const moved = typeof item === 'object' && item !== null ? prepareStructures(item) : item
      if (moved === item) continue
      out ??= value.slice()
      out[i] = moved
    }
    return (out ?? value) as T
  }
  let out: Structure | undefined
  for (const key in value) {
    const item = (value as Structure)[key]
    if (typeof item === 'string' && item.length >= 256 && (key === 'initializer' || key === 'type')) {
      // A long initializer or type (an index's list of names) is written verbatim too.
      out ??= { ...(value as Structure) }
      out[key] = writeVerbatim(item)
      continue
    }
    if (key === 'docs' || typeof item !== 'object' || item === null) continue
    const moved = prepareStructures(item)
    if (moved === item) continue
    out ??= { ...(value as Structure) }
    out[key] = moved
  }
  const docsWriter = writeDocsVerbatim(value as Structure)
  if (docsWriter === undefined) return (out ?? value) as T
  out ??= { ...(value as Structure) }
  delete out.docs
  out.leadingTrivia = docsWriter
  return out as T
}

const textPrinter: TextPrinter = { renderDocs, readVerbatim, write: (text, literal) => writeVerbatim(text, { literal }) }

/**
 * The file as text without ts-morph when every statement is a plain import or export or a
 * declaration fast-statements.ts prints (a method file, a case table): 2,000 files of a cold run
 * skip building a writer and a printer each. Undefined for any other shape.
 */
function printAsTexts(structure: OptionalKind<SourceFileStructure>): string | undefined {
  if (!hasOnly(structure, ['kind', 'statements']) || !Array.isArray(structure.statements)) return undefined
  const items: { text: string; blankLine: boolean }[] = []
  for (const statement of structure.statements as unknown[]) {
    // A string statement is written as it is, with no blank line of its own (ts-morph's printTextOrWriterFunc).
    const plain = typeof statement === 'string' ? statement : printPlainDeclaration(statement)
    const item = plain !== undefined ? { text: plain, blankLine: false } : printFastText(statement, textPrinter)
    if (item === undefined || !isJoinableText(item.text)) return undefined
    items.push(item)
  }
  return joinStatementTexts(items)
}

/** Prints a source file structure as TypeScript text (`path` is kept for symmetry with the emitters). */
export function printStructure(printer: TsPrinter, _path: string, structure: OptionalKind<SourceFileStructure>): string {
  const whole = printAsTexts(structure)
  if (whole !== undefined) return whole
  const texts = new Map<string, string>()
  verbatimTexts = texts
  try {
    // Plain imports and exports become text first, so the docs walk skips the thousands of an index;
    // plain functions, interfaces and type aliases are printed as text (fast-statements.ts).
    const statements = Array.isArray(structure.statements)
      ? prepareStructures(
          joinPlainStatements(structure.statements).map((statement) => printFastStatement(statement, textPrinter) ?? statement),
        )
      : structure.statements
    const printed = printTsMorphStructure({ ...structure, statements, kind: StructureKind.SourceFile }, printer.options)
    return texts.size === 0 ? printed : replaceVerbatim(printed, texts)
  } finally {
    verbatimTexts = undefined
  }
}
