import { join } from 'node:path'
import {
  IndentationText,
  NewLineKind,
  type OptionalKind,
  Project,
  QuoteKind,
  type SourceFileStructure,
  StructureKind,
  VariableDeclarationKind,
  type WriterFunction,
} from 'ts-morph'
import { describe, expect, it } from 'vitest'
import config from '../../../b24kit.config.js'
import { repoRoot } from '../test/workspace.js'
import type { EmitContext } from './emitter.js'
import { loadSpecs } from './load-specs.js'
import { createTsProject, hasTemplateQuote, printStructure, writeVerbatim } from './ts-project.js'

/** The way files were printed before: a SourceFile in an in-memory project, read back whole. */
function printThroughSourceFile(project: Project, path: string, structure: OptionalKind<SourceFileStructure>): string {
  const file = project.createSourceFile(`/${path}`, structure, { overwrite: true })
  const text = file.getFullText()
  project.removeSourceFile(file)
  return text
}

describe('printStructure', () => {
  it('prints every structure of the real emitters exactly as createSourceFile + getFullText would', async () => {
    const specs = await loadSpecs(join(repoRoot, 'specs'), repoRoot)
    const project = new Project({
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
    const printer = createTsProject()
    let compared = 0
    for (const emitter of config.emitters) {
      const ctx: EmitContext = {
        specs,
        emitTypeScript: (path, structure) => {
          const fast = printStructure(printer, path, structure)
          expect(fast, path).toBe(printThroughSourceFile(project, path, structure))
          compared++
          return { path, content: fast }
        },
        emitText: (path, body) => ({ path, content: body }),
      }
      await emitter.emit(ctx)
    }
    expect(compared).toBeGreaterThan(10)
  })
})

describe('writeVerbatim', () => {
  const literal = [
    '{',
    "  a: 'it\\'s // not a comment /* nor this',",
    "  'b-c': [",
    "    '/regex/',",
    '    null,',
    '  ],',
    '',
    '  d: {},',
    '}',
  ].join('\n')
  const file = (initializer: WriterFunction): OptionalKind<SourceFileStructure> => ({
    statements: [
      {
        kind: StructureKind.Module,
        name: 'outer',
        statements: [
          {
            kind: StructureKind.VariableStatement,
            declarationKind: VariableDeclarationKind.Const,
            declarations: [{ name: 'table', initializer }],
          },
        ],
      },
    ],
  })

  // The second text has a backtick inside a string: plain text to the writer, so verbatim too.
  it.each([
    ['a data table', literal, "\n      'b-c': ["],
    ['a table with a backtick in a string', literal.replace("'/regex/'", "'run `pnpm generate`\\'s check'"), '`pnpm generate`'],
  ])('prints %s with the same bytes as writer.write, indentation included', (_name, text, marker) => {
    const printer = createTsProject()
    const slow = printStructure(
      printer,
      'a.ts',
      file((writer) => writer.write(text)),
    )
    expect(slow).toContain(marker)
    expect(printStructure(printer, 'a.ts', file(writeVerbatim(text)))).toBe(slow)
    expect(printStructure(printer, 'a.ts', file(writeVerbatim(text, { literal: true })))).toBe(slow)
  })

  it('tells a backtick in a string from one that could open a template', () => {
    expect(hasTemplateQuote("{\n  a: 'x `y` z',\n}")).toBe(false)
    expect(hasTemplateQuote("{\n  a: 'it\\'s `y`',\n}")).toBe(false)
    expect(hasTemplateQuote('{\n  a: `x\n  y`,\n}')).toBe(true)
    expect(hasTemplateQuote("{\n  a: 'x', b: `y`,\n}")).toBe(true)
  })
})
