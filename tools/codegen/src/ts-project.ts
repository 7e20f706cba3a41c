/**
 * ts-morph the fast way: one in-memory project with no type-checking, each file built in one step
 * from a structure and read back with getFullText(), never emitted.
 */
import { IndentationText, NewLineKind, type OptionalKind, Project, QuoteKind, type SourceFileStructure } from 'ts-morph'

/** Creates the in-memory project every TypeScript emitter shares during one run. */
export function createTsProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    skipFileDependencyResolution: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true,
    },
  })
}

/** Prints a structure as TypeScript text; the file is dropped from the project afterwards. */
export function printStructure(project: Project, path: string, structure: OptionalKind<SourceFileStructure>): string {
  const file = project.createSourceFile(`/${path}`, structure, { overwrite: true })
  const text = file.getFullText()
  project.removeSourceFile(file)
  return text
}
