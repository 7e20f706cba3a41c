/**
 * `b24kit-mock --specs <folder>`: serves a project's spec entries (its custom fields, smart
 * processes and methods) beside the shipped ones. The entries are TypeScript, so they are loaded by
 * the generator the project installed (`@b24kit/codegen`, found from the folder, not from here):
 * the mock itself stays free of a TypeScript toolchain.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { MockProjectTable } from './table.js'

/** Why `--specs` could not be read: the message names the flag and the folder. */
export class SpecsFlagError extends Error {}

/** The nearest folder at or above `dir` holding a package.json: the project's root. */
function findProjectRoot(dir: string): string {
  let current = dir
  while (!existsSync(join(current, 'package.json'))) {
    const parent = dirname(current)
    if (parent === current) return dir
    current = parent
  }
  return current
}

/** Loads the project's entries below `folder` as a mock table. */
export async function readSpecsFlag(folder: string): Promise<MockProjectTable> {
  const dir = resolve(folder)
  if (!existsSync(dir)) throw new SpecsFlagError(`--specs: no such folder ${JSON.stringify(folder)}`)
  const root = findProjectRoot(dir)
  let entry: string
  try {
    entry = createRequire(join(root, 'package.json')).resolve('@b24kit/codegen')
  } catch {
    throw new SpecsFlagError(
      `--specs: ${folder} holds TypeScript entries, which need @b24kit/codegen installed in the project (npm i -D @b24kit/codegen)`,
    )
  }
  const codegen = (await import(pathToFileURL(entry).href)) as { loadMockTable(root: string, specsDir: string): Promise<MockProjectTable> }
  try {
    return await codegen.loadMockTable(root, relative(root, dir) || '.')
  } catch (error) {
    throw new SpecsFlagError(`--specs: ${(error as Error).message}`)
  }
}
