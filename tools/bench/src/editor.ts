/**
 * Goal 4's "editors must not slow down as methods are added": TypeScript's language service on the
 * consumer of s4 (editor-worker.ts), at 10 and 2,000 methods, sessions alternated so the machine's
 * load falls on both sides alike; then each use of the client alone, to say which one costs what.
 */
import { runWorker } from './child.js'
import type { EditorFigures } from './editor-worker.js'
import { createGoalRow, type ResultRow } from './report.js'
import { smallMethods } from './scale.js'
import { formatMs, formatRatio, getMedian } from './stats.js'

/** Sessions a side and keystrokes a session: for the whole consumer, then for each construct. */
const sessions = 3
const keystrokes = 14
const constructSessions = 2
const constructKeystrokes = 10

/** One use of the client each, to tell which costs an editor what. */
export const constructs: Record<string, string> = {
  tree: 'await b24.crm.contact.delete({ id: 50 })',
  call: "await b24.call('crm.contact.get', { id: 50 })",
  batch: "await b24.batch({ a: { method: 'crm.contact.delete', params: { id: 1 } } })",
  pager: "for await (const item of b24.paginate('crm.contact.list', {})) console.log(item)",
}

type Side = 'small' | 'big'

/** Runs `count` sessions a side, alternating sides. */
async function runSessions(roots: Record<Side, string>, count: number, args: string[]): Promise<Record<Side, EditorFigures[]>> {
  const runs: Record<Side, EditorFigures[]> = { small: [], big: [] }
  for (let i = 0; i < count; i++) {
    for (const side of ['small', 'big'] as const) {
      runs[side].push(await runWorker<EditorFigures>('editor-worker.ts', [roots[side], ...args], { timeoutMs: 300_000 }))
    }
  }
  return runs
}

// The first keystroke after opening pays for the checker's first look at the tree: kept in the median, as a user feels it.
const getKeystroke = (runs: EditorFigures[]) => getMedian(runs.flatMap((r) => r.keystrokeMs))

/** Runs the editor sessions on both trees; resolves to the keystroke row (a goal), the open row and the by-construct row (info). */
export async function measureEditor(roots: Record<Side, string>, big: string): Promise<ResultRow[]> {
  const runs = await runSessions(roots, sessions, [String(keystrokes)])
  const first = (side: Side) => getMedian(runs[side].map((r) => r.keystrokeMs[0] ?? Number.NaN))
  const open = (side: Side) => getMedian(runs[side].map((r) => r.openMs))
  const quick = (side: Side) => getMedian(runs[side].map((r) => r.quickInfoMs))
  const byConstruct: string[] = []
  for (const name of Object.keys(constructs)) {
    const alone = await runSessions(roots, constructSessions, [String(constructKeystrokes), name])
    const ratio = getKeystroke(alone.big) / getKeystroke(alone.small)
    byConstruct.push(`${name} ${formatMs(getKeystroke(alone.big))} vs ${formatMs(getKeystroke(alone.small))} (${formatRatio(ratio)}x)`)
  }
  const row = createGoalRow({
    id: 's4e',
    area: 'client',
    what: `an editor's keystroke in the consumer of s4 (language service: the file's diagnostics, then completions after \`b24.crm.contact.\`), median, ${big} / ${smallMethods}`,
    measured: `${formatMs(getKeystroke(runs.big))} vs ${formatMs(getKeystroke(runs.small))} a keystroke (${sessions} sessions of ${keystrokes}); the first after opening ${formatMs(first('big'))} vs ${formatMs(first('small'))}; quick info on \`delete\` ${formatMs(quick('big'))} vs ${formatMs(quick('small'))}`,
    ratio: getKeystroke(runs.big) / getKeystroke(runs.small),
    goal: { op: '<=', limit: 1.5 },
  })
  if (row.status === 'not met')
    row.note =
      "An editor makes a new type checker for every edit, so each keystroke resolves again whatever the file's calls need (row s4k shows each use alone). The tree resolves its path; `call`, `callWithMeta`, the pager, `deleteMany` and `batch` read their params once the method's name is known (NoInfer'd defaults; batch reads each command's method from the commands) and take their names from interfaces' keys (MethodMap, ListMethods, DeleteMethods), so they cost about the method names: the union of those names, which each new checker builds again, and the declaration file each keystroke's program still holds."
  const opening: ResultRow = {
    id: 's4o',
    area: 'client',
    what: `opening the consumer of s4 in an editor (a new language service: program and diagnostics), median, ${big} / ${smallMethods}`,
    measured: `${formatMs(open('big'))} vs ${formatMs(open('small'))}`,
    ratio: open('big') / open('small'),
    status: 'info',
  }
  const constructsRow: ResultRow = {
    id: 's4k',
    area: 'client',
    what: `an editor's keystroke with one use of the client alone in the file, median, ${big} / ${smallMethods}`,
    measured: `${byConstruct.join('; ')} (${constructSessions} sessions of ${constructKeystrokes} a side)`,
    status: 'info',
  }
  return [row, opening, constructsRow]
}
