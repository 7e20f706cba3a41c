/**
 * The conformance config with one generated file mutated in memory (never on disk): the test in
 * src/mutation.test.ts runs the suite under it to show that a hand edit of a generated file fails.
 * B24KIT_MUTANT holds `{ file, from, to, at? }`: `file` is served with `from` replaced by `to` (the
 * occurrence at offset `at` where given, else the first).
 */
import { readFileSync } from 'node:fs'
import { defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config.js'

const mutant = JSON.parse(process.env.B24KIT_MUTANT ?? 'null') as { file: string; from: string; to: string; at?: number } | null

export default mergeConfig(
  base,
  defineConfig({
    plugins: [
      {
        name: 'b24kit-mutant',
        enforce: 'pre',
        load(id) {
          if (!mutant || id.split('?')[0] !== mutant.file) return undefined
          const text = readFileSync(mutant.file, 'utf8')
          const at = mutant.at ?? text.indexOf(mutant.from)
          if (at < 0 || !text.startsWith(mutant.from, at))
            throw new Error(`b24kit-mutant: ${mutant.file} does not contain ${JSON.stringify(mutant.from)} at ${at}`)
          return text.slice(0, at) + mutant.to + text.slice(at + mutant.from.length)
        },
      },
    ],
  }),
)
