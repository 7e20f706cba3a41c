/** Finds the packages b24kit publishes, builds them and packs each into a tarball, as `pnpm publish` would. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCommand } from './run-command.js'

/** A workspace package that is published to npm. */
export interface PublicPackage {
  name: string
  version: string
  /** Absolute folder of the package. */
  dir: string
}

/** A packed package. */
export interface PackedPackage extends PublicPackage {
  /** Absolute path of the `.tgz` file. */
  tarball: string
}

/** Lists `packages/*` that are not private, sorted by name. */
export function listPublicPackages(root: string): PublicPackage[] {
  const packagesDir = join(root, 'packages')
  const found: PublicPackage[] = []
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    const dir = join(packagesDir, entry.name)
    let manifest: { name?: string; version?: string; private?: boolean }
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as typeof manifest
    } catch {
      continue
    }
    if (manifest.private === true || !manifest.name || !manifest.version) continue
    found.push({ name: manifest.name, version: manifest.version, dir })
  }
  return found.sort((a, b) => a.name.localeCompare(b.name))
}

/** Builds every public package (and, through pnpm's topological order, what they depend on). */
export async function buildPublicPackages(root: string): Promise<void> {
  await runCommand('pnpm', ['--filter', './packages/*', 'run', 'build'], { cwd: root, timeoutMs: 900_000 })
}

/**
 * Packs one package with `pnpm pack`, which applies `files`, `publishConfig` and rewrites
 * `workspace:` ranges exactly as `pnpm publish` (and so `changeset publish`) will.
 */
export async function packPackage(pkg: PublicPackage, outDir: string): Promise<PackedPackage> {
  const { stdout } = await runCommand('pnpm', ['pack', '--pack-destination', outDir, '--json'], { cwd: pkg.dir })
  const result = JSON.parse(stdout) as { filename?: string }
  if (!result.filename) throw new Error(`pnpm pack in ${pkg.dir} printed no filename: ${stdout.slice(0, 500)}`)
  const tarball = result.filename.startsWith('/') ? result.filename : join(outDir, result.filename)
  return { ...pkg, tarball }
}

/** Packs every public package into `outDir`. */
export async function packPublicPackages(root: string, outDir: string): Promise<PackedPackage[]> {
  const packed: PackedPackage[] = []
  // One at a time: pnpm pack runs prepack scripts, and two cores are better spent sequentially.
  for (const pkg of listPublicPackages(root)) packed.push(await packPackage(pkg, outDir))
  return packed
}
