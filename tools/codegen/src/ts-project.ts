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

/** Prints a source file structure as TypeScript text (`path` is kept for symmetry with the emitters). */
export function printStructure(printer: TsPrinter, _path: string, structure: OptionalKind<SourceFileStructure>): string {
  return printTsMorphStructure({ ...structure, kind: StructureKind.SourceFile }, printer.options)
}
