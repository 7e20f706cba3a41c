/**
 * The answers of an operation: 200 with `result` and `time`, then one response per HTTP status
 * that the method's error rows and the shared system errors use, each row an example with its
 * code and text (a localized text gives one example per language).
 */
import type { ErrorRow, MethodSpec } from '@b24kit/spec'
import { getSchemaNames, refSchema } from './schemas.js'

/** An OpenAPI object; the emitter builds plain data. */
export type OpenApiObject = Record<string, unknown>

/** The examples of one status: every row answered with it, keyed by the row id. */
export function buildErrorExamples(rows: ErrorRow[]): Record<string, OpenApiObject> {
  const examples: Record<string, OpenApiObject> = {}
  for (const row of rows) {
    const code = row.code === '' ? '(empty code)' : row.code
    const texts: [string, string][] =
      typeof row.text === 'string'
        ? [[row.id, row.text]]
        : [
            [`${row.id}_ru`, row.text.ru],
            [`${row.id}_en`, row.text.en],
          ]
    for (const [key, text] of texts) {
      let unique = key
      for (let n = 2; unique in examples; n++) unique = `${key}_${n}`
      examples[unique] = { summary: `${code}: ${row.when.en}`, value: { error: row.code, error_description: text } }
    }
  }
  return examples
}

/** Error rows grouped by HTTP status, statuses ascending, rows in spec order (method rows first). */
export function groupErrorsByStatus(rows: ErrorRow[]): [number, ErrorRow[]][] {
  const groups = new Map<number, ErrorRow[]>()
  for (const row of rows) groups.set(row.status, [...(groups.get(row.status) ?? []), row])
  return [...groups.entries()].sort((a, b) => a[0] - b[0])
}

/** The responses object of one method, keyed by status. */
export function buildResponses(method: MethodSpec, systemErrors: ErrorRow[]): Record<string, OpenApiObject> {
  const names = getSchemaNames(method.method)
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
          schema: refSchema(names.response),
          ...(Object.keys(successExamples).length > 0 ? { examples: successExamples } : {}),
        },
      },
    },
  }
  for (const [status, rows] of groupErrorsByStatus([...method.errors, ...systemErrors])) {
    const codes = [...new Set(rows.map((r) => (r.code === '' ? '(empty code)' : r.code)))]
    responses[String(status)] = {
      description: `Error: ${codes.join(', ')}`,
      content: { 'application/json': { schema: refSchema('Error'), examples: buildErrorExamples(rows) } },
    }
  }
  return responses
}
