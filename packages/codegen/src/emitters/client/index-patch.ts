/**
 * Patches the last run's `index.ts` for the few methods that changed, instead of building it from
 * every method's entry: at 2,000 methods it has ten thousand statements and members. A method whose
 * name, delete id and list record types (so its `MethodMap` type) and tree members (by path and name) stay
 * the same changes only its members' docs and signatures in the tree's type; each is found as the
 * last entry printed it and replaced. Anything else, or a member not found so, is left to building
 * the file whole; check mode always builds it, so a patch that differed would show as drift there.
 */
import { type IndexPatch, patchLines } from '../../index-changes.js'
import type { IndexEntry } from './index-file.js'
import { printTreeMember, type TreeMember } from './tree.js'

/** Whether `after` differs from `before` in its tree members' docs and signatures only. */
function isSameShape(before: IndexEntry, after: IndexEntry): boolean {
  if (before.method !== after.method || before.deleteId !== after.deleteId || before.listItem !== after.listItem) return false
  if (before.members.length !== after.members.length) return false
  return before.members.every((member, i) => {
    const other = after.members[i]
    return other !== undefined && member.name === other.name && member.path.join('.') === other.path.join('.')
  })
}

/** The index file `previous` with each changed method's members replaced, or undefined (build it whole). */
export function patchIndexFile(previous: string, pairs: IndexPatch<IndexEntry>['pairs']): string | undefined {
  return patchLines(previous, pairs, (before, after) =>
    isSameShape(before, after)
      ? before.members.map((member, i) => [printTreeMember(member), printTreeMember(after.members[i] as TreeMember)])
      : undefined,
  )
}
