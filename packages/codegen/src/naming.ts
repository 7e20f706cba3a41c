/** Names derived from a method name, one scheme for every emitter. */

function splitWords(method: string): string[] {
  return method.split(/[._-]/).filter(Boolean)
}

/** `crm.contact.delete` -> `crmContactDelete` */
export function toCamelName(method: string): string {
  return splitWords(method)
    .map((w, i) => (i === 0 ? w : w[0]?.toUpperCase() + w.slice(1)))
    .join('')
}

/** `crm.contact.delete` -> `CrmContactDelete` */
export function toPascalName(method: string): string {
  const camel = toCamelName(method)
  return camel.charAt(0).toUpperCase() + camel.slice(1)
}

/** `crm.contact.delete` -> `crm-contact-delete` (file names are kebab-case) */
export function toKebabName(method: string): string {
  return splitWords(method).join('-')
}

/** Compares strings by code unit, so order never depends on the locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
