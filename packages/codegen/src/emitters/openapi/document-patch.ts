/**
 * Patches the last run's document for the few methods that changed, instead of assembling it from
 * every method's part: at 2,000 methods assembling reads ~9 MB of cached parts and prints ~7 MB,
 * most of a one-change run's time in this emitter. The document gives each path and component a
 * line of its own (document-text.ts), so a method whose entries keep their names, the schemas they
 * refer to, its scope and its shared responses changes only its own lines: the tags, the shared
 * responses and which entity schemas are kept (pruneEntitySchemas) stay as they were. Anything
 * else, or a line not found as the last part printed it, is left to a whole assembly; check mode
 * (which caches nothing) always assembles, so a patch that differed would show as drift there.
 */
import type { PrintedEntries, PrintedPart } from './document.js'

/** The sections a part adds to, as the document prints them: the line that opens each, its entries' indent. */
const sections = [
  { kind: 'paths', opening: '\n  "paths": {\n', close: '\n  }', indent: '    ' },
  { kind: 'schemas', opening: '\n    "schemas": {\n', close: '\n    }', indent: '      ' },
  { kind: 'responses', opening: '\n    "responses": {\n', close: '\n    }', indent: '      ' },
  { kind: 'requestBodies', opening: '\n    "requestBodies": {\n', close: '\n    }', indent: '      ' },
] as const

/** Each changed entry costs a search of the document (about a millisecond at 2,000 methods); past this, assembling is as cheap. */
export const maxPatchedMethods = 32

/** Whether `next` touches only its own lines of a document that holds `previous`. */
function isSameShape(previous: PrintedPart, next: PrintedPart): boolean {
  if (previous.scope !== next.scope || JSON.stringify(previous.shared) !== JSON.stringify(next.shared)) return false
  for (const { kind } of sections) {
    const before = previous[kind]
    const after = next[kind]
    const names = Object.keys(after)
    if (names.length !== Object.keys(before).length) return false
    for (const name of names) {
      const old = before[name]
      const now = after[name]
      if (!old || !now || JSON.stringify([...old[1]].sort()) !== JSON.stringify([...now[1]].sort())) return false
    }
  }
  return true
}

/** A replacement of one entry's text in the document. */
interface Splice {
  at: number
  length: number
  text: string
}

/** Where the entry `name` of a section starts its text in `document`, when it holds `text` there. */
function findEntry(document: string, section: (typeof sections)[number], name: string, text: string): number | undefined {
  const start = document.indexOf(section.opening)
  if (start < 0) return undefined
  const end = document.indexOf(section.close, start + section.opening.length - 1)
  const lead = `\n${section.indent}${JSON.stringify(name)}: `
  const at = document.indexOf(lead, start + section.opening.length - 1)
  if (at < 0 || at > end) return undefined
  const textAt = at + lead.length
  const after = document[textAt + text.length]
  return document.startsWith(text, textAt) && (after === ',' || after === '\n') ? textAt : undefined
}

/**
 * The document `previous` with each changed method's entries replaced, or undefined when a change
 * reaches beyond the method's own lines (then the document is assembled whole). `changes` pairs
 * each changed method's part as the last run cached it with its part now.
 */
export function patchOpenApiDocument(
  previous: string,
  changes: readonly { before: PrintedPart | undefined; after: PrintedPart }[],
): string | undefined {
  const splices: Splice[] = []
  for (const { before, after } of changes) {
    if (!before || !isSameShape(before, after)) return undefined
    for (const section of sections) {
      for (const [name, [text]] of Object.entries(after[section.kind])) {
        const old = (before[section.kind][name] as [string, string[]])[0]
        if (old === text) continue
        const at = findEntry(previous, section, name, old)
        if (at === undefined) return undefined
        splices.push({ at, length: old.length, text })
      }
    }
  }
  splices.sort((a, b) => a.at - b.at)
  let out = ''
  let from = 0
  for (const { at, length, text } of splices) {
    out += previous.slice(from, at) + text
    from = at + length
  }
  return out + previous.slice(from)
}

/** Text as Latin-1: one character for each byte of its UTF-8, so offsets in it are byte offsets. */
const toLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1')

function toLatin1Part(part: PrintedPart | undefined): PrintedPart | undefined {
  if (!part) return undefined
  const entries = (record: PrintedEntries): PrintedEntries =>
    Object.fromEntries(Object.entries(record).map(([name, [text, refs]]) => [name, [toLatin1(text), refs]]))
  return { ...part, ...Object.fromEntries(sections.map(({ kind }) => [kind, entries(part[kind])])) }
}

/**
 * patchOpenApiDocument over the document's bytes, seen as Latin-1 text (one character a byte): the
 * ~7.6 MB of the last document at 2,000 methods are neither decoded from UTF-8 nor the result
 * encoded again, each of which took ~20 ms. The changed entries are seen the same way, so each
 * search and splice works on the same bytes the UTF-8 text would.
 */
export function patchOpenApiBytes(
  previous: Buffer,
  changes: readonly { before: PrintedPart | undefined; after: PrintedPart }[],
): Buffer | undefined {
  const pairs = changes.map(({ before, after }) => ({ before: toLatin1Part(before), after: toLatin1Part(after) as PrintedPart }))
  const patched = patchOpenApiDocument(previous.toString('latin1'), pairs)
  return patched === undefined ? undefined : Buffer.from(patched, 'latin1')
}
