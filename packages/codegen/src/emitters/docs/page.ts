/**
 * One method page in the Bitrix24 docs layout, sections in the order of the official pages: title,
 * deprecation note, scope and who may call, description, parameters, examples, response, errors,
 * related methods.
 */
import { getPageFileName, type PageContext, renderMethodLink } from './context.js'
import { renderErrorsSection } from './errors.js'
import { renderExamplesSection } from './examples.js'
import { getOfficialLinks, labels } from './labels.js'
import { renderParamsSection } from './params.js'
import { renderResponseSection } from './response.js'
import { renderNote } from './yfm.js'

function renderHead(ctx: PageContext): string[] {
  const { spec, lang } = ctx
  const l = labels[lang]
  const parts = [`# ${spec.summary[lang]} ${spec.method}`]
  if (spec.deprecated) parts.push(renderNote('warning', l.deprecatedTitle, spec.deprecated.note[lang]))
  parts.push(`> ${l.scope}: [\`${spec.scope}\`](${getOfficialLinks(lang).scopes})\n>\n> ${l.whoMayCall}: ${spec.access.description[lang]}`)
  parts.push(spec.description[lang])
  const { operation } = spec
  if (operation.kind === 'example') {
    // Said on the page, so nobody reads an example-backed answer as the portal's modelled behaviour.
    const row = spec.errors.find((e) => e.id === operation.noMatch)
    const noMatch = row ? l.exampleBackedNoMatch.replace('{code}', row.code || row.id) : ''
    parts.push(renderNote('info', l.exampleBackedTitle, l.exampleBacked.replace('{noMatch}', noMatch)))
  }
  return parts
}

function renderRelatedSection(ctx: PageContext): string | undefined {
  if (ctx.spec.related.length === 0) return undefined
  return `## ${labels[ctx.lang].related}\n\n${ctx.spec.related.map((m) => `- ${renderMethodLink(m)}`).join('\n')}`
}

/** The whole page body (without the generated-file header), ending in one newline. */
export function renderMethodPage(ctx: PageContext): string {
  const l = labels[ctx.lang]
  const sections = [
    ...renderHead(ctx),
    renderParamsSection(ctx),
    renderExamplesSection(ctx),
    renderResponseSection(ctx),
    renderErrorsSection(ctx),
    renderRelatedSection(ctx),
    l.otherLang.replace('{page}', getPageFileName(ctx.spec.method)),
    `[1]: ${getOfficialLinks(ctx.lang).dataTypes}`,
  ]
  return `${sections.filter((s): s is string => s !== undefined).join('\n\n')}\n`
}
