/**
 * Loads, all at once, the modules the client imports by need: its lazy tables (namespace, family,
 * branch) and every method's descriptor module. The tree and `call` still find each descriptor
 * through those tables as an app does; they just find the modules loaded. Without this each
 * method's first case paid for its modules' load (about 11 ms under vitest's transform, one by
 * one); together and in parallel they load in about 1.5 s for 331 methods.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { repoRoot } from './mock-server.js'

/** The client's generated folder, read from its sources as the conformance suite runs them. */
const generated = join(repoRoot, 'packages', 'client', 'src', 'generated')

/**
 * Imports the client's lazy tables (one a namespace, family or branch, never one a method) and the
 * descriptor modules of `methods`; returns how many descriptor modules it loaded.
 */
export async function preloadClientModules(methods: readonly string[]): Promise<number> {
  const tables = (await readdir(join(generated, 'lazy'), { recursive: true }))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(generated, 'lazy', f))
  // A method's descriptor module is named after it: crm.contact.delete -> descriptors/crm-contact-delete.ts.
  const descriptors = methods.map((m) => join(generated, 'descriptors', `${m.split('.').join('-')}.ts`))
  await Promise.all([join(generated, 'lazy.ts'), ...tables, ...descriptors].map((file) => import(pathToFileURL(file).href)))
  return descriptors.length
}
