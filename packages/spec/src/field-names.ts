/**
 * The one mapping between the two spellings of a CRM field name: `ASSIGNED_BY_ID` / `assignedById`,
 * `UF_CRM_10_5186744711` / `ufCrm10_5186744711`. The crm.item.* pages state the rule: words are
 * joined in camelCase and an underscore stays only between two digits. Fields whose item name is not
 * the rule's (DATE_CREATE is `createdTime`) declare `camelName` on the entity field instead.
 */

/** The camelCase name of an UPPER_CASE field name, by the rule the crm.item.* pages give. */
export function toCamelFieldName(upper: string): string {
  const words = upper.toLowerCase().split('_')
  let out = words[0] ?? ''
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? ''
    if (word === '') continue
    const keep = /\d$/.test(out) && /^\d/.test(word)
    out += keep ? `_${word}` : word[0]!.toUpperCase() + word.slice(1)
  }
  return out
}

/** A declared field's crm.item.* name: its own `camelName`, else the rule's. */
export const getCamelFieldName = (field: { name: string; camelName?: string | undefined }): string =>
  field.camelName ?? toCamelFieldName(field.name)

/** The UPPER_CASE name of a camelCase field name: the rule's inverse where the rule is one to one. */
export function toUpperFieldName(camel: string): string {
  return camel
    .replace(/([a-z])([A-Z0-9])/g, '$1_$2')
    .replace(/([0-9])([A-Za-z])/g, '$1_$2')
    .toUpperCase()
}

/** Whether `toUpperFieldName` gives the name back: names mixing letters and digits in a word do not. */
export function isReversibleFieldName(upper: string): boolean {
  return toUpperFieldName(toCamelFieldName(upper)) === upper
}
