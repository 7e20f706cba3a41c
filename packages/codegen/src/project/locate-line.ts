/**
 * Finds the line of a spec issue in its file: the file is parsed with TypeScript, the default
 * export's object literal (also inside a call such as `defineCustomFields({...})`) is walked along
 * the path (`fields[2].type`), and the deepest node reached gives the line. A project's
 * entries are often written by hand, so "line 14" saves a reader the search.
 */
import { ts } from 'ts-morph'

/** `fields[2].type` -> ['fields', 2, 'type']. */
function splitPath(path: string): (string | number)[] {
  const parts: (string | number)[] = []
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(match[2] === undefined ? (match[1] as string) : Number(match[2]))
  return parts
}

function unwrap(node: ts.Node | undefined): ts.Node | undefined {
  let current = node
  while (current) {
    if (ts.isCallExpression(current)) current = current.arguments[0]
    else if (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current))
      current = current.expression
    else return current
  }
  return undefined
}

function findDefaultExport(file: ts.SourceFile): ts.Node | undefined {
  for (const statement of file.statements) if (ts.isExportAssignment(statement)) return unwrap(statement.expression)
  return undefined
}

function step(node: ts.Node, key: string | number): ts.Node | undefined {
  if (typeof key === 'number') return ts.isArrayLiteralExpression(node) ? unwrap(node.elements[key]) : undefined
  if (!ts.isObjectLiteralExpression(node)) return undefined
  for (const property of node.properties) {
    const name = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined
    if (name !== key) continue
    return ts.isPropertyAssignment(property) ? (unwrap(property.initializer) ?? property) : property
  }
  return undefined
}

/** The 1-based line of `path` in the spec file's text, or of the default export when the path leads nowhere. */
export function locateLine(text: string, path: string): number | undefined {
  const file = ts.createSourceFile('spec.ts', text, ts.ScriptTarget.ES2022, true)
  let node = findDefaultExport(file)
  if (!node) return undefined
  for (const key of splitPath(path)) {
    const next = step(node, key)
    if (!next) break
    node = next
  }
  return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
}
