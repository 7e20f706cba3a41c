/**
 * One table of command-line flags, each with its meaning and default beside its declaration, turned
 * into `node:util` `parseArgs` options and into the `--help` text. The b24kit CLIs (`b24kit-mock`,
 * `pnpm generate`, `pnpm new-method`) share it, so a new flag is one row and help never drifts.
 */
import { parseArgs } from 'node:util'

/** One flag: how `parseArgs` reads it, and what `--help` says about it. */
export interface FlagRow {
  type: 'string' | 'boolean'
  /** One letter, as in `-h`. */
  short?: string
  /** The flag may repeat; its value is then an array. */
  multiple?: boolean
  /** The value when the flag is absent (also printed by `--help`). */
  default?: string | boolean
  /** The value's placeholder in help, such as `PORT`; default `VALUE`. */
  value?: string
  /** The only values accepted; a value outside them is refused, naming the flag and the value. */
  choices?: readonly string[]
  /** One line: what the flag does. */
  meaning: string
  /** What happens when the flag is absent, for a flag with no `default` value (`a free port`). */
  defaultText?: string
}

/** Flags by long name (without `--`). */
export type FlagTable = Record<string, FlagRow>

/** A bad command line: the message names the flag and, for a value outside its choices, echoes the value. */
export class FlagError extends Error {
  override name = 'FlagError'
}

type ValueOf<R extends FlagRow> = R['type'] extends 'boolean' ? boolean : string
type Has<R extends FlagRow> = R extends { default: string | boolean } ? true : false
/** The values of a table: a flag with a default is always there; a multiple one is an array. */
export type FlagValues<T extends FlagTable> = {
  [K in keyof T]: T[K]['multiple'] extends true
    ? ValueOf<T[K]>[] | undefined
    : Has<T[K]> extends true
      ? ValueOf<T[K]>
      : ValueOf<T[K]> | undefined
}

/** What `--help` prints around the table. */
export interface HelpText {
  /** The first line after `usage: `, such as `b24kit-mock [flags]`. */
  usage: string
  /** A sentence or two on what the command does. */
  about: string
}

/**
 * Reads `argv` against the table. Refuses an unknown flag, a missing value and a value outside a
 * row's `choices` with a FlagError naming the flag (and the value).
 */
export function readFlags<T extends FlagTable>(
  table: T,
  argv: readonly string[],
  options: { positionals?: boolean } = {},
): { values: FlagValues<T>; positionals: string[] } {
  const parseOptions: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean; default?: string | boolean }> = {}
  for (const [name, row] of Object.entries(table)) {
    parseOptions[name] = { type: row.type }
    if (row.short) parseOptions[name].short = row.short
    if (row.multiple) parseOptions[name].multiple = true
    if (row.default !== undefined) parseOptions[name].default = row.default
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] }
  try {
    parsed = parseArgs({ args: [...argv], options: parseOptions, allowPositionals: options.positionals ?? false, strict: true })
  } catch (error) {
    // node's message names the flag ("Unknown option '--prot'"); keep its first sentence, and say
    // the value as help does (`--port PORT`, not `--port <value>`).
    const message = ((error as Error).message.split('. To specify a positional')[0] ?? '').replace(
      /'--([\w-]+) <value>'/,
      (_all, name: string) => `'--${name} ${table[name]?.value ?? 'VALUE'}'`,
    )
    throw new FlagError(message)
  }
  for (const [name, row] of Object.entries(table)) {
    const value = parsed.values[name]
    if (!row.choices || value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) {
      if (!row.choices.includes(String(one)))
        throw new FlagError(`--${name}: expected one of ${row.choices.join(', ')}, got ${JSON.stringify(one)}`)
    }
  }
  return { values: parsed.values as FlagValues<T>, positionals: parsed.positionals }
}

/** The `--help` text: usage, what the command does, then one line per flag with its default. */
export function formatHelp(table: FlagTable, text: HelpText): string {
  const rows = Object.entries(table).map(([name, row]) => {
    const value = row.type === 'string' ? ` ${row.choices ? row.choices.join('|') : (row.value ?? 'VALUE')}` : ''
    const flag = `${row.short ? `-${row.short}, ` : '    '}--${name}${value}${row.multiple ? ' ...' : ''}`
    const fallback =
      row.defaultText ?? (row.default === undefined || row.default === false ? undefined : `${row.default === true ? 'on' : row.default}`)
    return { flag, meaning: `${row.meaning}${fallback === undefined ? '' : ` (default: ${fallback})`}` }
  })
  const width = Math.max(...rows.map((r) => r.flag.length)) + 2
  const lines = rows.map((r) => `  ${r.flag.padEnd(width)}${r.meaning}`)
  return `usage: ${text.usage}\n\n${text.about}\n\nflags:\n${lines.join('\n')}\n`
}
