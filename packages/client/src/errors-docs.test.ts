/** Every field of B24ApiError has a description an editor shows on hover. */
import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { expect, it } from 'vitest'

it('documents every field of B24ApiError and B24ApiErrorFields', () => {
  const file = new URL('./errors.ts', import.meta.url)
  const source = ts.createSourceFile('errors.ts', readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const undocumented: string[] = []
  const fields: string[] = []
  source.forEachChild((node) => {
    if (
      !(
        (ts.isClassDeclaration(node) && node.name?.text === 'B24ApiError') ||
        (ts.isInterfaceDeclaration(node) && node.name.text === 'B24ApiErrorFields')
      )
    )
      return
    for (const member of node.members) {
      if (!(ts.isPropertyDeclaration(member) || ts.isPropertySignature(member)) || !ts.isIdentifier(member.name)) continue
      fields.push(member.name.text)
      if (ts.getJSDocCommentsAndTags(member).length === 0) undocumented.push(`${node.name?.text}.${member.name.text}`)
    }
  })
  expect(fields).toEqual(expect.arrayContaining(['method', 'status', 'code', 'description', 'kind', 'errorId']))
  expect(undocumented).toEqual([])
})
