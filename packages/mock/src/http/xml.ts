/**
 * The `.xml` transport (`/rest/crm.contact.get.xml`): the same answer as the JSON one, printed as
 * XML with `text/xml`. CRest's XML transport (`TYPE_TRANSPORT = 'xml'`) asks for it and hands the
 * text to its caller unparsed, so CRest fixes only the suffix and the content; the element layout
 * below is inferred from how the portal prints PHP arrays as XML: one `<response>` root, an element
 * per key, list items as `<item>`, `true` as `1`, `false` and `null` as empty elements.
 */
import type { MockReply } from '../envelope.js'

/** The content type of an `.xml` answer. */
export const xmlContentType = 'text/xml; charset=utf-8'

const escapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' }

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c)
}

// Keys PHP would print as a number, or that are no XML name, become `item`, as list items do.
function toElementName(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key) ? key : 'item'
}

function printValue(value: unknown): string {
  if (value === null || value === undefined || value === false) return ''
  if (value === true) return '1'
  if (Array.isArray(value)) return value.map((item) => `<item>${printValue(item)}</item>`).join('')
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([key, item]) => {
        const name = toElementName(key)
        return `<${name}>${printValue(item)}</${name}>`
      })
      .join('')
  }
  return escapeText(String(value))
}

/** Prints any JSON value as the portal's XML document with a `<response>` root. */
export function printXmlResponse(value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<response>${printValue(value)}</response>`
}

/** The XML form of a JSON reply: same status, same content. */
export function toXmlReply(reply: MockReply): MockReply {
  return { status: reply.status, body: printXmlResponse(JSON.parse(reply.body)), contentType: xmlContentType }
}
