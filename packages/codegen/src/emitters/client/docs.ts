/**
 * The JSDoc the client carries from the spec: descriptions in English then Russian, constraints in
 * words, where values come from, deprecation, and a link to the method's page.
 */
import type { Localized, MethodSpec, ParamSpec } from '@b24kit/spec'
import type { JSDocStructure, OptionalKind } from 'ts-morph'
import { toKebabName } from '../../naming.js'
import { printLiteral } from './literal.js'

/** Where a method's page is, as the text of its `@see` tag. */
export type DocsUrl = (spec: MethodSpec) => string

/** Where the published `@b24kit/docs` package's files can be opened in a browser. */
const docsCdn = 'https://unpkg.com/@b24kit/docs/generated'

/**
 * The default: the English and Russian pages the docs emitter writes, as links an editor opens on
 * click (`{@link https://... text}`); a bare `@b24kit/docs/...` would be read as a tag named b24kit.
 */
export const defaultDocsUrl: DocsUrl = (spec) => {
  const page = `${toKebabName(spec.method)}.md`
  return `{@link ${docsCdn}/en/${page} ${spec.method} (English)}, {@link ${docsCdn}/ru/${page} ${spec.method} (Russian)}`
}

/** Keeps a text from closing the comment it is printed in. */
export const safe = (text: string): string => text.replace(/\*\//g, '*\\/')

/** English, a blank line, Russian. */
export const bilingual = (text: Localized): string => `${safe(text.en)}\n\n${safe(text.ru)}`

/** The constraints of a parameter in words, each a sentence. */
export function describeConstraints(param: ParamSpec): string[] {
  const lines: string[] = []
  const words = [param.required ? 'Required' : 'Optional', param.type]
  if (param.minimum !== undefined) words.push(`at least ${param.minimum}`)
  lines.push(`${words.join(', ')}.`)
  const others = (param.spellings ?? []).filter((s) => s !== param.name)
  if (param.spellings && others.length) lines.push(`The server reads ${param.spellings.map((s) => `\`${s}\``).join(', then ')}.`)
  if (param.coercion === 'php-int') lines.push('Cast as PHP `(int)` casts: `"50"` is 50, `"12abc"` is 12, `"abc"` is 0.')
  if (param.sources.length) lines.push(`Comes from ${param.sources.map((s) => `\`${s}\``).join(', ')}.`)
  if (param.invalidError) lines.push(`Missing or invalid: error \`${param.invalidError}\`, checked before sending.`)
  return lines
}

/** The doc of a parameter. */
export function paramDoc(param: ParamSpec): OptionalKind<JSDocStructure> {
  return { description: `${bilingual(param.description)}\n\n${describeConstraints(param).join('\n')}` }
}

/**
 * The doc of a method: summary, description, access, then tags (deprecation, example, link).
 * `call` prints the example's call from its params (`await crmContactDelete(client, { id: 50 })`).
 */
export function methodDoc(spec: MethodSpec, docsUrl: DocsUrl, call: (params: string) => string): OptionalKind<JSDocStructure> {
  const description = [
    `${safe(spec.summary.en)} (\`${spec.method}\`).`,
    bilingual(spec.description),
    `Access: ${safe(spec.access.description.en)} (scope \`${spec.scope}\`).`,
  ].join('\n\n')
  const example = spec.examples[0]
  const tags: { tagName: string; text?: string }[] = []
  if (spec.deprecated) tags.push({ tagName: 'deprecated', text: safe(spec.deprecated.note.en) })
  if (example) {
    const result = printLiteral(example.result)
    tags.push({
      tagName: 'example',
      text: `${safe(example.title.en)}\n\`\`\`ts\n${call(printLiteral(example.params))} // ${result}\n\`\`\``,
    })
  }
  tags.push({ tagName: 'throws', text: `{@link B24ApiError} with the \`kind\` and \`errorId\` of the spec's error rows.` })
  tags.push({ tagName: 'see', text: docsUrl(spec) })
  return { description, tags }
}
