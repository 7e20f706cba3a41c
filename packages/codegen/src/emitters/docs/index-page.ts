/** The index page of one language: every method, grouped by the entity it works on, with its state. */
import type { MethodSpec, SharedSpecs } from '@b24kit/spec'
import { compareCodeUnits } from '../../naming.js'
import { renderMethodLink } from './context.js'
import { type Lang, labels } from './labels.js'
import { renderTable } from './yfm.js'

function describeState(spec: MethodSpec, lang: Lang): string {
  const l = labels[lang]
  if (!spec.deprecated) return l.active
  return l.deprecatedFor.replace('{replacement}', `\`${spec.deprecated.replacement}\``)
}

/** The index page body for one language, ending in one newline. */
export function renderIndexPage(methods: MethodSpec[], shared: SharedSpecs, lang: Lang): string {
  const l = labels[lang]
  const groups = new Map<string, MethodSpec[]>()
  for (const spec of methods) {
    // Pushed in place: copying the group on every method made this quadratic (~100 ms at 1,000).
    const entity = spec.access.entity ?? spec.operation.entity ?? ''
    const group = groups.get(entity)
    if (group) group.push(spec)
    else groups.set(entity, [spec])
  }
  const sections = [...groups.keys()].sort(compareCodeUnits).map((entity) => {
    const title = shared.entities.find((e) => e.name === entity)?.title[lang] ?? l.otherEntity
    const rows = groups
      .get(entity)!
      .sort((a, b) => compareCodeUnits(a.method, b.method))
      .map((spec) => [renderMethodLink(spec.method), spec.summary[lang], describeState(spec, lang)])
    return `## ${title} (\`${entity}\`)\n\n${renderTable([`**${l.method}**`, `**${l.description}**`, `**${l.state}**`], rows)}`
  })
  return `${[`# ${l.indexTitle}`, l.indexIntro, ...sections, l.otherLang.replace('{page}', 'index.md')].join('\n\n')}\n`
}
