/**
 * The generator's core: load and validate the specs, run each emitter, then check or write the
 * output. It times each emitter so the CLI can print where the time goes.
 */
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { CodegenConfig } from './config.js'
import type { EmitContext, GeneratedFile } from './emitter.js'
import { describeOrigin, formatHeader } from './header.js'
import { loadSpecs } from './load-specs.js'
import { compareCodeUnits } from './naming.js'
import { createTsProject, printStructure } from './ts-project.js'
import { applyOutput, type OutputPlan, planOutput } from './write-output.js'

export interface GenerateOptions {
  /** The repository root: specs and outputs are resolved from here. */
  root: string
  config: CodegenConfig
  /** Write nothing; report what differs. */
  check?: boolean
}

export interface GenerateReport {
  plan: OutputPlan
  files: GeneratedFile[]
  timings: { name: string; ms: number; files: number }[]
  methods: number
  wrote: boolean
}

/** Runs the whole generator once. Throws SpecValidationError, before writing anything, on a bad spec. */
export async function runGenerator(options: GenerateOptions): Promise<GenerateReport> {
  const { root, config } = options
  const timings: GenerateReport['timings'] = []
  let start = performance.now()
  const specs = await loadSpecs(join(root, config.specs), root)
  timings.push({ name: 'load specs', ms: performance.now() - start, files: specs.methods.length })

  const project = createTsProject()
  const files: GeneratedFile[] = []
  const seen = new Map<string, string>()
  for (const emitter of config.emitters) {
    const ctx: EmitContext = {
      specs,
      emitTypeScript: (path, structure, source) => {
        const header = formatHeader(path, describeOrigin(emitter.name, source))
        return { path, content: header + printStructure(project, path, structure) }
      },
      emitText: (path, body, source) => ({ path, content: formatHeader(path, describeOrigin(emitter.name, source)) + body }),
    }
    start = performance.now()
    const out = await emitter.emit(ctx)
    for (const file of out) {
      const owner = seen.get(file.path)
      if (owner) throw new Error(`Emitters ${owner} and ${emitter.name} both write ${file.path}`)
      seen.set(file.path, emitter.name)
      if (!emitter.outputs.some((dir) => file.path.startsWith(`${dir}/`))) {
        throw new Error(`Emitter ${emitter.name} wrote ${file.path}, outside the folders it owns (${emitter.outputs.join(', ')})`)
      }
    }
    files.push(...out)
    timings.push({ name: emitter.name, ms: performance.now() - start, files: out.length })
  }
  files.sort((a, b) => compareCodeUnits(a.path, b.path))
  const plan = await planOutput(
    root,
    files,
    config.emitters.flatMap((e) => e.outputs),
  )
  if (!options.check) await applyOutput(root, plan)
  return { plan, files, timings, methods: specs.methods.length, wrote: !options.check }
}
