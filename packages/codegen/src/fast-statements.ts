/**
 * The top-level declarations every method file holds (its params interface, result and error type
 * aliases, its functions) printed as text, exactly as ts-morph's structure printers lay them out,
 * instead of through ts-morph's writer one character at a time (about 2 s of a cold 2,000-method
 * run). Only plain shapes are taken: one-line types, parameters and statements, string docs, the
 * `export` modifier. Anything else (overloads, decorators, multi-line types, trivia...) returns
 * undefined and ts-morph prints it. ts-project.test.ts compares both for every structure the real
 * emitters produce.
 */
import { StructureKind, type WriterFunction } from 'ts-morph'

type Structure = Record<string, unknown>

/** Whether `value` has no field but `keys`: any other field is a shape these printers leave to ts-morph. */
export const hasOnly = (value: object, keys: readonly string[]) => Object.keys(value).every((key) => keys.includes(key))

/** A one-line piece of code text: a type, a name, a statement. */
const isLine = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '' && !/[\r\n]/.test(value)

/** What printing declarations as text takes from ts-project.ts. */
export interface TextPrinter {
  /** The JSDoc blocks of string docs, each line indented by `indent`, or undefined (ts-morph prints them). */
  renderDocs(docs: unknown, indent: string): string | undefined
  /** The text of a writeVerbatim writer that goes out verbatim, and whether it is a vouched literal; else undefined. */
  readVerbatim(write: unknown): { text: string; literal: boolean } | undefined
  /** A writer that writes `text` verbatim (`literal`: it holds no template literal, so it needs no scan). */
  write(text: string, literal: boolean): WriterFunction
}

type RenderDocs = TextPrinter['renderDocs']

function printTypeParameters(list: unknown): string | undefined {
  if (list === undefined) return ''
  if (!Array.isArray(list)) return undefined
  if (list.length === 0) return ''
  const out: string[] = []
  for (const item of list as unknown[]) {
    if (isLine(item)) {
      out.push(item)
      continue
    }
    if (typeof item !== 'object' || item === null || !hasOnly(item, ['kind', 'name', 'constraint'])) return undefined
    const { name, constraint } = item as Structure
    if (!isLine(name) || (constraint !== undefined && !isLine(constraint))) return undefined
    out.push(constraint === undefined ? name : `${name} extends ${constraint}`)
  }
  return `<${out.join(', ')}>`
}

function printParameters(list: unknown): string | undefined {
  if (list === undefined) return '()'
  if (!Array.isArray(list)) return undefined
  const out: string[] = []
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null || !hasOnly(item, ['kind', 'name', 'type', 'hasQuestionToken'])) return undefined
    const { name, type, hasQuestionToken } = item as Structure
    if (!isLine(name) || (type !== undefined && !isLine(type))) return undefined
    out.push(`${name}${hasQuestionToken ? '?' : ''}${type === undefined ? '' : `: ${type}`}`)
  }
  return `(${out.join(', ')})`
}

function printExport(statement: Structure): string | undefined {
  return statement.isExported === true ? 'export ' : statement.isExported === undefined || statement.isExported === false ? '' : undefined
}

/** `{`, the lines at one more level of indentation, `}`: CodeBlockWriter's inlineBlock. */
const printBlock = (lines: readonly string[]) => (lines.length === 0 ? '{\n}' : `{\n${lines.join('\n')}\n}`)

function printTypeAlias(statement: Structure, renderDocs: RenderDocs): string | undefined {
  if (!hasOnly(statement, ['kind', 'name', 'type', 'isExported', 'docs', 'typeParameters'])) return undefined
  const docs = renderDocs(statement.docs, '')
  const exported = printExport(statement)
  const typeParameters = printTypeParameters(statement.typeParameters)
  const { name, type } = statement
  if (docs === undefined || exported === undefined || typeParameters === undefined || !isLine(name) || !isLine(type)) return undefined
  return `${docs}${exported}type ${name}${typeParameters} = ${type};`
}

function printInterface(statement: Structure, renderDocs: RenderDocs): string | undefined {
  if (!hasOnly(statement, ['kind', 'name', 'isExported', 'docs', 'typeParameters', 'extends', 'properties'])) return undefined
  const heritage = statement.extends ?? []
  if (!Array.isArray(heritage) || !heritage.every(isLine)) return undefined
  const docs = renderDocs(statement.docs, '')
  const exported = printExport(statement)
  const typeParameters = printTypeParameters(statement.typeParameters)
  const { name, properties = [] } = statement
  if (docs === undefined || exported === undefined || typeParameters === undefined || !isLine(name) || !Array.isArray(properties))
    return undefined
  const lines: string[] = []
  for (const property of properties as unknown[]) {
    if (typeof property !== 'object' || property === null) return undefined
    if (!hasOnly(property, ['kind', 'name', 'type', 'hasQuestionToken', 'isReadonly', 'docs'])) return undefined
    const p = property as Structure
    const propertyDocs = renderDocs(p.docs, '  ')
    if (propertyDocs === undefined || !isLine(p.name) || (p.type !== undefined && !isLine(p.type))) return undefined
    const type = p.type === undefined ? '' : `: ${p.type}`
    lines.push(`${propertyDocs}  ${p.isReadonly ? 'readonly ' : ''}${p.name}${p.hasQuestionToken ? '?' : ''}${type};`)
  }
  const extendsText = heritage.length > 0 ? `extends ${heritage.join(', ')} ` : ''
  return `${docs}${exported}interface ${name}${typeParameters} ${extendsText}${printBlock(lines)}`
}

function printFunction(statement: Structure, renderDocs: RenderDocs): string | undefined {
  const keys = ['kind', 'name', 'isExported', 'docs', 'typeParameters', 'parameters', 'returnType', 'statements']
  if (!hasOnly(statement, keys)) return undefined
  const docs = renderDocs(statement.docs, '')
  const exported = printExport(statement)
  const typeParameters = printTypeParameters(statement.typeParameters)
  const parameters = printParameters(statement.parameters)
  const { name, returnType, statements = [] } = statement
  if (docs === undefined || exported === undefined || typeParameters === undefined || parameters === undefined || !isLine(name))
    return undefined
  if ((returnType !== undefined && !isLine(returnType)) || !Array.isArray(statements) || !statements.every(isLine)) return undefined
  // A statement after one that ends in a brace gets a blank line, as ts-morph's statement printer gives it.
  const body = (statements as string[]).map((line, i) => `${i > 0 && /\}\s*$/.test(statements[i - 1] as string) ? '\n' : ''}  ${line}`)
  return `${docs}${exported}function ${name}${typeParameters}${parameters}${returnType === undefined ? '' : `: ${returnType}`} ${printBlock(body)}`
}

/**
 * `const name: Type = value;`: the value a one-line string or a verbatim writer's text. ts-morph
 * writes the declaration inside a hanging indent, so every line of the value after the first is
 * one level (two spaces) deeper, the last one (`}`) included.
 */
function printVariable(statement: Structure, printer: TextPrinter): { text: string; literal: boolean } | undefined {
  if (!hasOnly(statement, ['kind', 'isExported', 'declarationKind', 'docs', 'declarations'])) return undefined
  const docs = printer.renderDocs(statement.docs, '')
  const exported = printExport(statement)
  const { declarationKind = 'let', declarations } = statement
  if (docs === undefined || exported === undefined || !isLine(declarationKind) || !Array.isArray(declarations)) return undefined
  if (declarations.length !== 1) return undefined
  const declaration = declarations[0] as unknown
  if (typeof declaration !== 'object' || declaration === null || !hasOnly(declaration, ['kind', 'name', 'type', 'initializer']))
    return undefined
  const { name, type, initializer } = declaration as Structure
  if (!isLine(name) || (type !== undefined && !isLine(type))) return undefined
  const value = isLine(initializer) ? { text: initializer, literal: false } : printer.readVerbatim(initializer)
  if (value === undefined) return undefined
  const head = `${exported}${declarationKind} ${name}${type === undefined ? '' : `: ${type}`} = `
  // A vouched literal after a one-line head without a backtick and doc comments opens no template
  // literal, so the statement needs no scan either (a 2,000-method run's conformance tables).
  const literal = value.literal && !head.includes('`')
  return { text: `${docs}${head}${value.text.replace(/\n(?!\n|$)/g, '\n  ')};`, literal }
}

/**
 * A writer for a top-level function, interface, type alias or variable of a plain shape, or undefined.
 * It writes the text verbatim; functions and interfaces get the blank line before them that
 * ts-morph's statement printer ensures.
 */
export function printFastStatement(statement: unknown, printer: TextPrinter): WriterFunction | undefined {
  const printed = printFastText(statement, printer)
  if (printed === undefined) return undefined
  const writeText = printer.write(printed.text, printed.literal)
  return (writer) => {
    if (printed.blankLine && !writer.isAtStartOfFirstLineOfBlock()) writer.blankLineIfLastNot()
    writeText(writer)
  }
}

/** A declaration printed as text, whether it is a vouched literal, and whether a blank line goes before it. */
export interface FastText {
  text: string
  literal: boolean
  blankLine: boolean
}

/** The text of a top-level function, interface, type alias or variable of a plain shape, or undefined. */
export function printFastText(statement: unknown, printer: TextPrinter): FastText | undefined {
  if (typeof statement !== 'object' || statement === null) return undefined
  const s = statement as Structure
  const { renderDocs } = printer
  const plain = (text: string | undefined) => (text === undefined ? undefined : { text, literal: false })
  const printed =
    s.kind === StructureKind.Function
      ? plain(printFunction(s, renderDocs))
      : s.kind === StructureKind.Interface
        ? plain(printInterface(s, renderDocs))
        : s.kind === StructureKind.TypeAlias
          ? plain(printTypeAlias(s, renderDocs))
          : s.kind === StructureKind.VariableStatement
            ? printVariable(s, printer)
            : undefined
  if (printed === undefined) return undefined
  return { ...printed, blankLine: s.kind === StructureKind.Function || s.kind === StructureKind.Interface }
}

/**
 * A whole file of top-level statements given as texts (plain declarations, declarations printed
 * as text), joined as ts-morph's statement printer joins them: a line break between two, a blank
 * line after a closing brace and before a function or interface, a final line break. Each text is
 * what the writer would put out at the top level: no leading or trailing white space, no `\r`.
 */
export function joinStatementTexts(items: readonly { text: string; blankLine: boolean }[]): string {
  if (items.length === 0) return ''
  const parts: string[] = []
  for (const [i, { text, blankLine }] of items.entries()) {
    if (i > 0) parts.push(blankLine || (items[i - 1] as { text: string }).text.endsWith('}') ? '\n\n' : '\n')
    parts.push(text)
  }
  parts.push('\n')
  return parts.join('')
}

/** Whether a text can stand in joinStatementTexts: no white space at either end, no `\r`. */
export const isJoinableText = (text: string): boolean =>
  text !== '' && !/\s/.test(text[0] as string) && !/\s/.test(text.at(-1) as string) && !text.includes('\r')
