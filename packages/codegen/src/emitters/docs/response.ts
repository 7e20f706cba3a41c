/**
 * The "response handling" section: the HTTP status and JSON of the first example's answer, with
 * its `time` block, then the table of returned fields (`result` and `time`).
 */
import type { PageContext } from './context.js'
import { getOfficialLinks, labels } from './labels.js'
import { escapeCell, formatDocJson, renderCode, renderTable } from './yfm.js'

/** The success answer of an example as the server sends it: `result`, then `time` when the spec has one. */
export function buildSuccessBody(example: {
  result: unknown
  time?: Record<string, number | string> | undefined
}): Record<string, unknown> {
  return example.time === undefined ? { result: example.result } : { result: example.result, time: example.time }
}

/** The response section. */
export function renderResponseSection(ctx: PageContext): string {
  const { spec, lang } = ctx
  const l = labels[lang]
  const links = getOfficialLinks(lang)
  const example = spec.examples[0]!
  const timeType = ctx.shared.types.find((t) => t.name === 'time')
  const rows = [
    [`**result**\n[\`${spec.result.type}\`][1]`, escapeCell(spec.result.description[lang])],
    [`**time**\n[\`time\`](${links.time})`, escapeCell(timeType?.description[lang] ?? l.timeDescriptionRef)],
  ]
  return [
    `## ${l.response}`,
    `${l.httpStatus}: **200**`,
    renderCode('json', formatDocJson(buildSuccessBody(example))),
    `### ${l.returned}`,
    renderTable([`**${l.name}**\n\`${l.type}\``, `**${l.description}**`], rows),
  ].join('\n\n')
}
