/**
 * Checks an answer of the mock's `.xml` transport (`crm.contact.get.xml`): `text/xml`, one
 * `<response>` root holding `<result>` and `<time>` on success, or exactly the `<error>` and
 * `<error_description>` of a documented row with that row's status. The scalar results of add,
 * update and delete are read back, so the store invariants hold for XML calls as for JSON ones.
 */
import type { CallOutcome, WireAnswer } from './envelope-check.js'
import { type DocumentedAnswers, matchesDocumentedError } from './spec-rows.js'

const prolog = '<?xml version="1.0" encoding="utf-8"?>\n'
const entities: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#039;': "'" }

function unescapeXml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#039);/g, (e) => entities[e] ?? e)
}

/**
 * Whether a request reaches the `.xml` transport: a REST path the portal reads (`/rest/METHOD` or
 * `/rest/USER/CODE/METHOD`) whose method name ends with `.xml`. Other paths answer JSON errors.
 */
export function isXmlRequest(path: string): boolean {
  const parts = new URL(path, 'http://portal.test').pathname.split('/').filter((p) => p !== '')
  if (parts[0] !== 'rest' || (parts.length !== 2 && parts.length !== 4)) return false
  let name = parts.at(-1) ?? ''
  try {
    name = decodeURIComponent(name)
  } catch {}
  return /\.xml$/i.test(name)
}

/** Lists what is wrong with an `.xml` answer (empty when it is in the XML envelope). */
export function checkXmlEnvelope(answers: DocumentedAnswers, answer: WireAnswer, headOnly = false): string[] {
  const problems: string[] = []
  if (!answers.statuses.has(answer.status)) problems.push(`HTTP ${answer.status} is not in the spec's tables`)
  if (answer.contentType !== 'text/xml; charset=utf-8') problems.push(`Content-Type is ${answer.contentType}`)
  if (headOnly) return problems
  if (!answer.body.startsWith(`${prolog}<response>`) || !answer.body.endsWith('</response>'))
    return [...problems, `body is not a <response> document: ${answer.body.slice(0, 80)}`]
  const inner = answer.body.slice(prolog.length + '<response>'.length, -'</response>'.length)
  if (answer.status === 200) {
    // List methods add `next` and `total` between the two, as in JSON.
    const envelope = /^<result>[\s\S]*<\/result>(?:<next>\d+<\/next>)?(?:<total>\d+<\/total>)?<time><start>[\d.]+<\/start>[\s\S]*<\/time>$/
    if (!envelope.test(inner)) problems.push('success is not <result> then <time>')
    return problems
  }
  const error = /^<error>([^<]*)<\/error><error_description>([^<]*)<\/error_description>$/.exec(inner)
  if (!error) return [...problems, `error is not <error><error_description>: ${inner.slice(0, 80)}`]
  const row = { error: unescapeXml(error[1] ?? ''), error_description: unescapeXml(error[2] ?? '') }
  if (!matchesDocumentedError(answers, row, answer.status)) problems.push(`${JSON.stringify(row)} (HTTP ${answer.status}) is no spec row`)
  return problems
}

/** The call's outcome when its result is a scalar (add's id, update's and delete's `1`); lists and records read as text. */
export function readXmlOutcomes(answers: DocumentedAnswers, body: string, status: number, method: string): CallOutcome[] {
  if (status !== 200) return []
  const name = method.replace(/\.xml$/i, '')
  const kind = answers.operations.get(name)?.kind
  const text = /<response><result>([^<]*)<\/result><time>/.exec(body)?.[1]
  if (text === undefined) {
    // crm.item.add and crm.type.add answer the new record wrapped (`<result><type><id>72</id>...`).
    const wrapped = kind === 'add' ? /<response><result><([A-Za-z_][\w.-]*)><id>(\d+)<\/id>/.exec(body) : null
    if (wrapped?.[1]) return [{ method: name, result: { [wrapped[1]]: { id: Number(wrapped[2]) } } }]
    return [{ method: name, result: 'structured' }]
  }
  // crm.item.delete and crm.type.delete answer [], which prints as an empty element.
  if (kind === 'delete' && text === '') return [{ method: name, result: [] }]
  return [{ method: name, result: kind === 'add' ? Number(text) : text === '1' ? true : text }]
}
