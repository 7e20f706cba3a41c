/**
 * The conformance config with one generated file mutated in memory (never on disk): the test in
 * src/mutation.test.ts runs the suite under it to show that a hand edit of a generated file fails.
 * B24KIT_MUTANT holds `{ file, from, to }`: `file` is served with `from` replaced by `to`.
 */
import { readFileSync } from 'node:fs'
import { defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config.js'

const mutant = JSON.parse(process.env.B24KIT_MUTANT ?? 'null') as { file: string; from: string; to: string } | null

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
          if (!text.includes(mutant.from)) throw new Error(`b24kit-mutant: ${mutant.file} does not contain ${JSON.stringify(mutant.from)}`)
          return text.replace(mutant.from, mutant.to)
        },
      },
    ],
  }),
)
