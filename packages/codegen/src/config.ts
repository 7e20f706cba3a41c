/** The codegen config: where the specs are and which emitters run, in `b24kit.config.ts`. */
import type { Emitter } from './emitter.js'

export interface CodegenConfig {
  /** The specs folder, relative to the config file. */
  specs: string
  emitters: Emitter[]
}

/** Declares the codegen config. */
export function defineConfig(config: CodegenConfig): CodegenConfig {
  return config
}
