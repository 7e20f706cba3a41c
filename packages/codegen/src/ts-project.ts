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
 * the writer indents every non-empty line after the first alike (printLiteral's output).
 */
export function writeVerbatim(text: string): WriterFunction {
  return (writer) => {
    if (!verbatimTexts || !text.includes('\n') || text.includes('`')) {
      writer.write(text)
      return
    }
    const marker = `__b24kitVerbatim${verbatimTexts.size}__`
    verbatimTexts.set(marker, text)
    writer.write(`${marker}\n${marker}`)
  }
}

function replaceVerbatim(printed: string, texts: Map<string, string>): string {
  let out = printed
  for (const [marker, text] of texts) {
    const match = new RegExp(`${marker}\n([ \t]*)${marker}`).exec(out)
    if (!match) throw new Error(`writeVerbatim: marker ${marker} not found in the printed file`)
    const indent = match[1] ?? ''
    // CodeBlockWriter splits on \r?\n and indents each non-empty line after the first.
    const lines = text.split(/\r?\n/).map((line, i) => (i === 0 || line === '' ? line : indent + line))
    out = out.slice(0, match.index) + lines.join('\n') + out.slice(match.index + match[0].length)
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

/** Prints a source file structure as TypeScript text (`path` is kept for symmetry with the emitters). */
export function printStructure(printer: TsPrinter, _path: string, structure: OptionalKind<SourceFileStructure>): string {
  const texts = new Map<string, string>()
  verbatimTexts = texts
  try {
    const statements = Array.isArray(structure.statements)
      ? structure.statements.map((statement) => printPlainDeclaration(statement) ?? statement)
      : structure.statements
    const printed = printTsMorphStructure({ ...structure, statements, kind: StructureKind.SourceFile }, printer.options)
    return texts.size === 0 ? printed : replaceVerbatim(printed, texts)
  } finally {
    verbatimTexts = undefined
  }
}
