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
export function writeVerbatim(text: string, options: { literal?: boolean } = {}): WriterFunction {
  return (writer) => {
    // The last line goes out as it is after the marker, so the writer ends in the state the text
    // leaves it in (a closing brace gets the blank line before the next statement); a last line
    // that could leave a string or comment open, or none at all, takes the slow path. `literal`:
    // the caller vouches that the text is printLiteral's (no template literal), so it is not scanned.
    const tail = text.slice(text.lastIndexOf('\n') + 1)
    const slow = !options.literal && hasTemplateQuote(text)
    if (!verbatimTexts || !text.includes('\n') || slow || tail === '' || /['"`/]/.test(tail.replace(singleQuoted, ''))) {
      writer.write(text)
      return
    }
    const marker = `__b24kitVerbatim${verbatimTexts.size}__`
    verbatimTexts.set(marker, text)
    writer.write(`${marker}\n${marker}${tail}`)
  }
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
  return text.includes('`') && text.replace(singleQuoted, "''").includes('`')
}

function replaceVerbatim(printed: string, texts: Map<string, string>): string {
  let out = printed
  for (const [marker, text] of texts) {
    const tail = text.slice(text.lastIndexOf('\n') + 1)
    const at = out.indexOf(`${marker}\n`)
    const second = at < 0 ? -1 : out.indexOf(marker, at + marker.length + 1)
    const indent = second < 0 ? '' : out.slice(at + marker.length + 1, second)
    if (second < 0 || !/^[ \t]*$/.test(indent) || !out.startsWith(tail, second + marker.length))
      throw new Error(`writeVerbatim: marker ${marker} not found in the printed file`)
    // CodeBlockWriter splits on \r?\n and indents each non-empty line after the first.
    const body =
      indent === '' && !text.includes('\r')
        ? text
        : text
            .split(/\r?\n/)
            .map((line, i) => (i === 0 || line === '' ? line : indent + line))
            .join('\n')
    out = out.slice(0, at) + body + out.slice(second + marker.length + tail.length)
  }
  return out
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

/** Prints a source file structure as TypeScript text (`path` is kept for symmetry with the emitters). */
export function printStructure(printer: TsPrinter, _path: string, structure: OptionalKind<SourceFileStructure>): string {
  const texts = new Map<string, string>()
  verbatimTexts = texts
  try {
    const statements = Array.isArray(structure.statements) ? joinPlainStatements(structure.statements) : structure.statements
    const printed = printTsMorphStructure({ ...structure, statements, kind: StructureKind.SourceFile }, printer.options)
    return texts.size === 0 ? printed : replaceVerbatim(printed, texts)
  } finally {
    verbatimTexts = undefined
  }
}
