/** Prints structures the way the generator does, for golden files of one concept at a time. */
import type { OptionalKind, SourceFileStructure } from 'ts-morph'
import { createTsProject, printStructure } from '../../../ts-project.js'

type Statement = NonNullable<Exclude<OptionalKind<SourceFileStructure>['statements'], string | ((...args: never[]) => unknown)>>[number]

/** The text of a file holding `statements`. */
export function printStatements(...statements: Statement[]): string {
  return printStructure(createTsProject(), 'fixture.ts', { statements })
}
