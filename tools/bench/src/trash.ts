/**
 * Bench trees moved aside instead of deleted while runs are timed. On an ext4 file system without a
 * journal (the bench machine's), the kernel's inode allocator skips every inode freed in the last
 * minute or more (`recently_deleted` in `find_inode_bit`) and scans past all of them for each new
 * file: creating 10,000 files right after deleting 10,000 cost 5-9 s of system CPU instead of
 * ~0.4 s. A fresh clone, or any file system with a journal, never pays that, so a cold run is timed
 * on outputs moved out of the way (a rename keeps their inodes in use) and the trash is emptied once
 * the timed runs are over.
 */
import { mkdir, rename, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { benchTmp } from './synth-specs.js'

/** Where moved-aside trees wait to be deleted (inside `.tmp/bench`, so a rename never crosses devices). */
export const trashDir = join(benchTmp, 'trash')

let moved = 0

/**
 * Moves each existing path into the trash (a missing one is skipped); a path that cannot be
 * renamed there (another device) is deleted instead.
 */
export async function moveToTrash(paths: readonly string[]): Promise<void> {
  const bin = join(trashDir, `${process.pid}-${Date.now()}-${moved++}`)
  await mkdir(bin, { recursive: true })
  await Promise.all(
    paths.map(async (path, i) => {
      try {
        await rename(path, join(bin, `${i}-${basename(path)}`))
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOENT') return
        if (code !== 'EXDEV') throw error
        await rm(path, { recursive: true, force: true })
      }
    }),
  )
}

/** Deletes everything moved to the trash (by this process or an earlier one). */
export async function emptyTrash(): Promise<void> {
  await rm(trashDir, { recursive: true, force: true })
}
