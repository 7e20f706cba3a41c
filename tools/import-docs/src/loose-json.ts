/**
 * Sample answers and cURL bodies as the pages print them: mostly JSON, sometimes with
 * `// .. 49 more items` comments, a missing comma or an ellipsis. jsonrepair mends those; the
 * caller is told what was mended, so the report can say which pages need a look.
 */
import { jsonrepair } from 'jsonrepair'

/** A parsed value and what had to be mended, or undefined when even a repair fails. */
export interface LooseParse {
  value: unknown
  repaired: string[]
}

/** Parses JSON as printed on a page, mending comments, missing commas and ellipses. */
export function parseLooseJson(text: string): LooseParse | undefined {
  try {
    return { value: JSON.parse(text), repaired: [] }
  } catch {
    // Fall through to the repair.
  }
  const repaired: string[] = []
  if (/(^|\s)\/\/|\/\*/.test(text)) repaired.push('comments')
  if (/\.\.\.|…/.test(text)) repaired.push('ellipsis')
  try {
    const value: unknown = JSON.parse(jsonrepair(text))
    if (repaired.length === 0) repaired.push('syntax (a missing comma or quote)')
    return { value, repaired }
  } catch {
    return undefined
  }
}
