/** The "method parameters" section: a `#|` table with name, type, description and where values come from. */
import type { ParamSpec } from '@b24kit/spec'
import { type PageContext, renderMethodLink } from './context.js'
import { type Lang, labels } from './labels.js'
import { escapeCell, renderTable } from './yfm.js'

/** The sentence naming the methods whose answers give a parameter's value. */
export function renderSources(sources: string[], lang: Lang): string | undefined {
  const l = labels[lang]
  if (sources.length === 0) return undefined
  const links = sources.map(renderMethodLink)
  if (links.length === 1) return `${l.sourcesOne} ${links[0]}`
  return `${l.sourcesMany} ${links.slice(0, -1).join(', ')} ${l.or} ${links.at(-1)}`
}

function renderParamRow(param: ParamSpec, lang: Lang): string[] {
  const name = `**${param.name}**${param.required ? '*' : ''}\n[\`${param.type}\`][1]`
  const parts = [param.description[lang], renderSources(param.sources, lang)].filter((p): p is string => p !== undefined)
  return [name, escapeCell(parts.join('\n\n'))]
}

/** The parameters section with its table, or a line saying the method takes none. */
export function renderParamsSection(ctx: PageContext): string {
  const l = labels[ctx.lang]
  const head = `## ${l.params}`
  if (ctx.spec.params.length === 0) return `${head}\n\n${l.noParams}`
  const table = renderTable(
    [`**${l.name}**\n\`${l.type}\``, `**${l.description}**`],
    ctx.spec.params.map((p) => renderParamRow(p, ctx.lang)),
  )
  return [head, l.requiredNote, table].join('\n\n')
}
