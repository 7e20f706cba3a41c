import { join } from 'node:path'
import {
  IndentationText,
  type JSDocStructure,
  NewLineKind,
  type OptionalKind,
  Project,
  QuoteKind,
  type SourceFileStructure,
  type StatementStructures,
  StructureKind,
  VariableDeclarationKind,
  type WriterFunction,
} from 'ts-morph'
import { describe, expect, it } from 'vitest'
import config from '../../../b24kit.config.js'
import { repoRoot } from '../test/workspace.js'
import type { EmitContext } from './emitter.js'
import { printLiteral } from './emitters/mock/literal.js'
import { loadSpecs } from './load-specs.js'
import { createTsProject, hasTemplateQuote, printStructure, writeVerbatim } from './ts-project.js'

/** The way files were printed before: a SourceFile in an in-memory project, read back whole. */
function printThroughSourceFile(project: Project, path: string, structure: OptionalKind<SourceFileStructure>): string {
  const file = project.createSourceFile(`/${path}`, structure, { overwrite: true })
  const text = file.getFullText()
  project.removeSourceFile(file)
  return text
}

/** An in-memory project with the emitters' print settings. */
function createCompareProject(): Project {
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

describe('printStructure', () => {
  it('prints every structure of the real emitters exactly as createSourceFile + getFullText would', async () => {
    const specs = await loadSpecs(join(repoRoot, 'specs'), repoRoot)
    const project = createCompareProject()
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

describe('JSDoc printed verbatim', () => {
  // Every shape a string doc takes: one line, one ending in a space, several lines, a leading
  // empty line, blank lines, quotes and backticks (plain text inside a comment), a comment's end
  // inside (ts-morph prints it as it is, so the fast path must step aside), several blocks.
  type Docs = (string | OptionalKind<JSDocStructure>)[]
  const docs: Docs[] = [
    ['one line'],
    ['ends in a space '],
    ['first\nsecond `code` it\'s "quoted"\n\nafter a blank'],
    ['\nstarts with a line break\nand goes on'],
    ["closes */ early\nthen `a` and 'b"],
    ['block one\nline two', 'block two'],
    [
      {
        description: 'Summary.\n\nMore.',
        tags: [
          { tagName: 'example', text: "Title\n```ts\nf({ a: 'x' })\n```" },
          { tagName: 'see', text: 'https://x.test/a' },
        ],
      },
    ],
    [{ description: 'Only one line.' }],
    [{ tags: [{ tagName: 'deprecated' }, { tagName: 'throws', text: '\nstarts on a new line' }] }],
    [{ description: '', tags: [] }],
    [{ description: 'A writer-made tag stays with ts-morph', tags: [{ tagName: 'see', text: (w) => w.write('x') }] }],
  ]
  const file = (doc: Docs): OptionalKind<SourceFileStructure> => ({
    statements: [
      { kind: StructureKind.Interface, name: 'A', docs: doc, isExported: true, properties: [{ name: 'p', type: 'string', docs: doc }] },
      { kind: StructureKind.Function, name: 'f', docs: doc, overloads: [{ docs: doc, parameters: [] }], statements: ['return 1'] },
      { kind: StructureKind.TypeAlias, name: 'T', type: "'x'", docs: doc, leadingTrivia: '// trivia' },
      {
        kind: StructureKind.Module,
        name: 'outer',
        statements: [
          {
            kind: StructureKind.VariableStatement,
            declarationKind: VariableDeclarationKind.Const,
            docs: doc,
            declarations: [{ name: 'v', initializer: '`t`' }],
          },
        ],
      },
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: 'after', initializer: "'/* x'" }],
      },
    ],
  })
  it.each(docs.map((doc) => [JSON.stringify(doc), doc]))('prints %s as ts-morph does', (_name, doc) => {
    const printed = printStructure(createTsProject(), 'a.ts', file(doc))
    expect(printed).toContain('/**')
    expect(printed).toBe(printThroughSourceFile(createCompareProject(), 'a.ts', file(doc)))
  })
})

describe('declarations printed as text', () => {
  // The shapes fast-statements.ts takes, and some it leaves to ts-morph, each next to ts-morph's print.
  const statements: StatementStructures[] = [
    { kind: StructureKind.TypeAlias, name: 'A', type: "'x' | B", isExported: true, docs: ['One.\n\nTwo `b`.'] },
    { kind: StructureKind.TypeAlias, name: 'G', typeParameters: ['T', { name: 'U', constraint: 'number' }], type: 'T[]' },
    { kind: StructureKind.TypeAlias, name: 'M', type: '{\n  a: 1;\n}' },
    {
      kind: StructureKind.Interface,
      name: 'P',
      isExported: true,
      properties: [
        { name: 'a', type: 'string', docs: ['Line one.\n\nLine two.'] },
        { name: "'b-c'", type: 'number', hasQuestionToken: true, isReadonly: true },
        { name: 'd' },
      ],
    },
    { kind: StructureKind.Interface, name: 'Empty', extends: [] },
    { kind: StructureKind.Interface, name: 'Sub', extends: ['A', 'B<C>'], properties: [{ name: 'e', type: 'E' }] },
    {
      kind: StructureKind.Function,
      name: 'f',
      isExported: true,
      docs: [{ description: 'Calls.\nTwice.', tags: [{ tagName: 'see', text: 'x' }] }],
      typeParameters: [{ name: 'T', constraint: 'number' }],
      parameters: [{ name: 'a', type: 'T' }, { name: 'b', type: 'B', hasQuestionToken: true }, { name: 'c' }],
      returnType: 'Promise<T>',
      statements: ['if (a) { b() }', 'return g(a);'],
    },
    { kind: StructureKind.Function, name: 'g', statements: [] },
    { kind: StructureKind.Function, name: 'h', parameters: [{ name: 'x', type: 'X', initializer: '1' }], statements: ['return x'] },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: 'v', initializer: '1' }],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['A table.'],
      declarations: [
        { name: 't', type: 'T', initializer: writeVerbatim("{\n  a: 'x `y`',\n\n  b: [\n    1,\n  ],\n}", { literal: true }) },
      ],
    },
    { kind: StructureKind.VariableStatement, declarations: [{ name: 'u', initializer: writeVerbatim('{\n  a: `x\n  y`,\n}') }] },
    {
      // A case table's awkward strings: quotes, breaks, tabs, template characters, comment marks.
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['The conformance cases of `demo.item.delete` (1): its examples and its own error rows.'],
      declarations: [
        {
          name: 'demoItemDeleteCases',
          type: 'MethodCases',
          initializer: writeVerbatim(
            printLiteral({
              method: 'demo.item.delete',
              cases: [
                {
                  title: "it's `$" + '{x}`\nnext\tline \\ end',
                  params: { text: '```\r\n```', '\u2028': '/* */ //', list: [1, null, { deep: true }] },
                },
              ],
              empty: [],
            }),
            { literal: true },
          ),
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        { name: 'w', type: 'W', initializer: 'f()' },
        { name: 'z', initializer: '2' },
      ],
    },
    { kind: StructureKind.Interface, name: 'After', properties: [{ name: 'q', type: '`t`' }] },
  ]
  // A file of plain imports and declarations only is joined as text without ts-morph at all.
  const plainOnly: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './t.js', namedImports: ['T'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './f.js', namedImports: ['g'] },
    ...statements.filter((s) =>
      ['A', 'G', 'P', 'Empty', 'f', 'g', 'v', 't', 'demoItemDeleteCases'].includes(
        String('name' in s ? s.name : (s as { declarations?: { name: string }[] }).declarations?.[0]?.name),
      ),
    ),
  ]
  it('prints each as ts-morph does, in every order', () => {
    const orders = [statements, [...statements].reverse(), statements.filter((_, i) => i % 2 === 0), plainOnly, [...plainOnly].reverse()]
    for (const order of orders) {
      const structure: OptionalKind<SourceFileStructure> = { statements: order }
      expect(printStructure(createTsProject(), 'a.ts', structure)).toBe(printThroughSourceFile(createCompareProject(), 'a.ts', structure))
    }
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
  // The long lines: a list of 300 names, one with strings holding a slash and a brace, and one
  // with a comment (which the writer must see).
  const names = `[${Array.from({ length: 300 }, (_, i) => `name${i}Cases`).join(', ')}]`
  const withStrings = `[${Array.from({ length: 50 }, (_, i) => `'a/{${i}'`).join(', ')}]`
  it.each([
    ['a data table', literal, "\n      'b-c': ["],
    ['a table with a backtick in a string', literal.replace("'/regex/'", "'run `pnpm generate`\\'s check'"), '`pnpm generate`'],
    [
      'a table with backticks in a doc comment',
      literal.replace("  'b-c': [", "  /**\n   * takes `a` and `b`\n   */\n  'b-c': ["),
      'takes `a`',
    ],
    ['a long line of names', names, names],
    ['a long line with strings', withStrings, withStrings],
    ['a long line with a comment', `${names} /* a note */`, `${names} /* a note */`],
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
    // A doc comment's backticks are plain text; one after the comment is not.
    expect(hasTemplateQuote('/**\n * what `call` takes\n */\nexport interface A {\n  a: 1;\n}')).toBe(false)
    expect(hasTemplateQuote("/** it's `x` */\nconst a = `y\n  z`")).toBe(true)
    expect(hasTemplateQuote("const a = '/* not a comment'\nconst b = `y`")).toBe(true)
  })
})
