/**
 * The answers of an operation: 200 with `result` and `time`, then one response per HTTP status
 * that the method's error rows and the shared system errors use, each row an example with its
 * code and text (a localized text gives one example per language). What methods share is written
 * once as components: each system row's example, and the response of each status only system
 * rows use; a method refers to them by `$ref`.
 */
import type { ErrorRow, MethodSpec } from '@b24kit/spec'
import { buildResponseSchema, refSchema } from './schemas.js'

/** An OpenAPI object; the emitter builds plain data. */
export type OpenApiObject = Record<string, unknown>

/** Each text of a row (one, or one per language) with its example key and example. */
function getRowExamples(row: ErrorRow): [string, OpenApiObject][] {
  const code = row.code === '' ? '(empty code)' : row.code
  const texts: [string, string][] =
    typeof row.text === 'string'
      ? [[row.id, row.text]]
      : [
          [`${row.id}_ru`, row.text.ru],
          [`${row.id}_en`, row.text.en],
        ]
  return texts.map(([key, text]) => [key, { summary: `${code}: ${row.when.en}`, value: { error: row.code, error_description: text } }])
}

function addUnique(examples: Record<string, OpenApiObject>, key: string, example: OpenApiObject): void {
  let unique = key
  for (let n = 2; unique in examples; n++) unique = `${key}_${n}`
  examples[unique] = example
}

/** The examples of one status: every row answered with it, keyed by the row id. */
export function buildErrorExamples(rows: ErrorRow[]): Record<string, OpenApiObject> {
  const examples: Record<string, OpenApiObject> = {}
  for (const row of rows) for (const [key, example] of getRowExamples(row)) addUnique(examples, key, example)
  return examples
}

/** The name of a system row's example (one per text) among the document's components. */
const systemExampleName = (key: string) => `SystemError_${key}`
/** The name of the shared response of a status that only system rows answer with. */
const systemResponseName = (status: number) => `SystemError${status}`

/** A system row's examples as references to the shared ones. */
function refSystemExamples(examples: Record<string, OpenApiObject>, row: ErrorRow): void {
  for (const [key] of getRowExamples(row)) addUnique(examples, key, { $ref: `#/components/examples/${systemExampleName(key)}` })
}

function buildErrorResponse(rows: ErrorRow[], examples: Record<string, OpenApiObject>): OpenApiObject {
  const codes = [...new Set(rows.map((r) => (r.code === '' ? '(empty code)' : r.code)))]
  return { description: `Error: ${codes.join(', ')}`, content: { 'application/json': { schema: refSchema('Error'), examples } } }
}

/**
 * What every method shares, once per document: an example per system row text, and a response
 * per status that only system rows use (every method refers to them instead of copying them).
 */
export function buildSystemComponents(systemErrors: ErrorRow[]): {
  examples: Record<string, OpenApiObject>
  responses: Record<string, OpenApiObject>
} {
  const examples: Record<string, OpenApiObject> = {}
  for (const row of systemErrors) for (const [key, example] of getRowExamples(row)) examples[systemExampleName(key)] = example
  const responses: Record<string, OpenApiObject> = {}
  for (const [status, rows] of groupErrorsByStatus(systemErrors)) {
    const refs: Record<string, OpenApiObject> = {}
    for (const row of rows) refSystemExamples(refs, row)
    responses[systemResponseName(status)] = buildErrorResponse(rows, refs)
  }
  return { examples, responses }
}

/** Error rows grouped by HTTP status, statuses ascending, rows in spec order (method rows first). */
export function groupErrorsByStatus(rows: ErrorRow[]): [number, ErrorRow[]][] {
  const groups = new Map<number, ErrorRow[]>()
  for (const row of rows) groups.set(row.status, [...(groups.get(row.status) ?? []), row])
  return [...groups.entries()].sort((a, b) => a[0] - b[0])
}

/** The responses object of one method, keyed by status. */
export function buildResponses(method: MethodSpec, systemErrors: ErrorRow[]): Record<string, OpenApiObject> {
  const successExamples: Record<string, OpenApiObject> = {}
  for (const example of method.examples) {
    // The schema requires `time`, as the server always sends it; an example without one is not shown.
    if (example.time) successExamples[example.id] = { summary: example.title.en, value: { result: example.result, time: example.time } }
  }
  const responses: Record<string, OpenApiObject> = {
    '200': {
      description: `Success: ${method.result.description.en}`,
      content: {
        'application/json': {
          // Inline: the envelope is two references, not worth a component of its own a method.
          schema: buildResponseSchema(method),
          ...(Object.keys(successExamples).length > 0 ? { examples: successExamples } : {}),
        },
      },
    },
  }
  const system = new Set(systemErrors)
  for (const [status, rows] of groupErrorsByStatus([...method.errors, ...systemErrors])) {
    if (rows.every((row) => system.has(row))) {
      // Only system rows: the shared response, by reference.
      responses[String(status)] = { $ref: `#/components/responses/${systemResponseName(status)}` }
      continue
    }
    // The method's own rows inline (method rows first), the system rows' examples by reference.
    const examples: Record<string, OpenApiObject> = {}
    for (const row of rows) {
      if (system.has(row)) refSystemExamples(examples, row)
      else for (const [key, example] of getRowExamples(row)) addUnique(examples, key, example)
    }
    responses[String(status)] = buildErrorResponse(rows, examples)
  }
  return responses
}
