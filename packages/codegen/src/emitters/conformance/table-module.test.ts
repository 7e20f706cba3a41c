/** The case table module printed as text is the text ts-morph prints for the same structure. */
import { StructureKind, VariableDeclarationKind } from 'ts-morph'
import { describe, expect, it } from 'vitest'
import { createTsProject, printStructure, writeVerbatim } from '../../ts-project.js'
import { printLiteral } from '../mock/literal.js'
import type { CaseData, MethodCases } from './case-shape.js'
import { printTableModule, typeModule } from './table-module.js'

/** How the emitter printed a table before: a structure through ts-morph's printer. */
function printWithTsMorph(name: string, doc: string, table: MethodCases): string {
  return printStructure(createTsProject(), 'table.ts', {
    statements: [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: typeModule, namedImports: ['MethodCases'] },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [doc],
        declarations: [{ name, type: 'MethodCases', initializer: writeVerbatim(printLiteral(table), { literal: true }) }],
      },
    ],
  })
}

const base: CaseData = {
  id: 'example:one',
  title: 'Delete the item with `id = 5`',
  from: 'examples[0]',
  method: 'demo.item.delete',
  typed: true,
  auth: 'webhook',
  portal: {},
  params: { id: 5, 'odd key': [], nested: { list: [1, 'two', null, { deep: true }] } },
  expect: { result: true },
}

describe('printTableModule', () => {
  it.each<[string, MethodCases]>([
    ['one plain case', { method: 'demo.item.delete', cases: [base] }],
    ['no cases', { method: 'demo.item.delete', table: 'system', cases: [] }],
    [
      'strings with quotes, breaks, tabs and template characters',
      {
        method: 'demo.item.delete',
        cases: [
          { ...base, title: "it's `$" + '{x}`\nnext\tline \\ end', params: { text: '```\r\n```', '\u2028': '/* */ //' } },
          {
            ...base,
            id: 'row:internal:ru',
            portal: { lang: 'ru', faults: { errors: [{ method: 'demo.item.delete', code: 'internal', rate: 1 }] } },
            expect: { error: { status: 500, code: 'INTERNAL', description: 'Внутренняя ошибка', kind: 'server', errorId: 'internal' } },
            checkedBeforeSending: { description: 'Invalid `id`' },
          },
        ],
      },
    ],
  ])('prints %s as ts-morph does', (_title, table) => {
    const doc = 'The conformance cases of `demo.item.delete` (1): its examples and its own error rows.'
    expect(printTableModule('demoItemDeleteCases', doc, table)).toBe(printWithTsMorph('demoItemDeleteCases', doc, table))
  })
})
