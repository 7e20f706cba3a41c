/**
 * ts-morph the fast way: structures printed straight to text with ts-morph's own structure
 * printer and CodeBlockWriter. No SourceFile is created, so nothing is parsed, type-checked or
 * kept in memory after a file is printed; the text is the same that `createSourceFile(path,
 * structure).getFullText()` returns (ts-project.test.ts holds the two side by side).
 */
import {
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

/** Prints a source file structure as TypeScript text (`path` is kept for symmetry with the emitters). */
export function printStructure(printer: TsPrinter, _path: string, structure: OptionalKind<SourceFileStructure>): string {
  const texts = new Map<string, string>()
  verbatimTexts = texts
  try {
    const printed = printTsMorphStructure({ ...structure, kind: StructureKind.SourceFile }, printer.options)
    return texts.size === 0 ? printed : replaceVerbatim(printed, texts)
  } finally {
    verbatimTexts = undefined
  }
}
