/**
 * Pairs the English and Russian facts of one page. Both repositories share paths, and their tables
 * share row order, so rows are paired by position: names and codes must agree, and server texts
 * are kept per language (the portal localises some, such as `Элемент не найден`).
 */
import type { ErrorFact, MethodFacts, PageFacts, ParamFact } from './facts.js'

/** Merges the two languages' facts of one path; English leads, Russian fills gaps and texts. */
export function mergeLanguages(en: PageFacts | undefined, ru: PageFacts | undefined): MethodFacts | undefined {
  const lead = en ?? ru
  if (!lead) return undefined
  const method = en?.method ?? ru?.method
  if (!method) return undefined
  const mismatches: string[] = []
  if (en?.method && ru?.method && en.method !== ru.method) mismatches.push(`method: en ${en.method}, ru ${ru.method}`)
  if (!en) mismatches.push('no English page')
  if (!ru) mismatches.push('no Russian page')
  const { lang: _lang, ...rest } = lead
  const merged: MethodFacts = {
    ...rest,
    method,
    mismatches,
    variations: [...new Set([...(en?.variations ?? []), ...(ru?.variations ?? [])])],
  }
  if (en && ru) {
    merged.params = mergeParams(en.params, ru.params, 'params', mismatches)
    merged.errors = mergeErrors(en.errors, ru.errors, mismatches)
    merged.scope = en.scope ?? ru.scope
    if (en.scope && ru.scope && en.scope !== ru.scope) mismatches.push(`scope: en ${en.scope}, ru ${ru.scope}`)
    if (!en.deprecated && ru.deprecated) merged.deprecated = ru.deprecated
    if (!en.result && ru.result) merged.result = ru.result
    if (!en.examples.length && ru.examples.length) merged.examples = ru.examples
    if (!en.errorSample && ru.errorSample) merged.errorSample = ru.errorSample
  }
  return merged
}

function mergeParams(en: ParamFact[], ru: ParamFact[], where: string, mismatches: string[]): ParamFact[] {
  if (en.length !== ru.length) mismatches.push(`${where}: en has ${en.length} rows, ru ${ru.length}`)
  return en.map((row, i) => {
    const other = ru[i]
    if (!other) return row
    if (other.name !== row.name) mismatches.push(`${where}[${i}]: en ${row.name}, ru ${other.name}`)
    if (other.required !== row.required) mismatches.push(`${where}.${row.name}.required: en ${row.required}, ru ${other.required}`)
    if (other.type !== row.type) mismatches.push(`${where}.${row.name}.type: en ${row.type}, ru ${other.type}`)
    if (row.children || other.children)
      return { ...row, children: mergeParams(row.children ?? [], other.children ?? [], `${where}.${row.name}`, mismatches) }
    return row
  })
}

function mergeErrors(en: ErrorFact[], ru: ErrorFact[], mismatches: string[]): ErrorFact[] {
  if (en.length !== ru.length) mismatches.push(`errors: en has ${en.length} rows, ru ${ru.length}`)
  const merged = en.map((row, i) => {
    const other = ru[i]
    if (!other) return row
    if (other.code !== row.code) mismatches.push(`errors[${i}].code: en ${row.code}, ru ${other.code}`)
    const out: ErrorFact = { ...row, text: { ...other.text, ...row.text } }
    if (!out.text?.en && !out.text?.ru) delete out.text
    if (out.status === undefined && other.status !== undefined) out.status = other.status
    return out
  })
  return [...merged, ...ru.slice(en.length)]
}
