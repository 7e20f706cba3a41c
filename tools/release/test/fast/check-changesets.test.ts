// The changesets check on small throwaway repositories, and on this repository as it stands.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { checkChangesets, findReleaseBase, namesMethod, parseChangeset } from '../../src/check-changesets.js'

const root = join(import.meta.dirname, '..', '..', '..', '..')
const repos: string[] = []

afterEach(() => {
  for (const dir of repos.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true })
  writeFileSync(join(dir, file), text)
}

function commit(dir: string, message: string): string {
  git(dir, 'add', '.')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message)
  return git(dir, 'rev-parse', 'HEAD')
}

const changeset = (summary: string) => `---\n"@b24kit/client": patch\n---\n\n${summary}\n`

/** A repository with one spec, its generated client file and a README, committed once. */
function createRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'b24kit-changesets-'))
  repos.push(dir)
  git(dir, 'init', '-q', '-b', 'main')
  write(dir, 'README.md', '# r\n')
  write(dir, 'specs/crm.contact.delete.ts', 'export default 1\n')
  write(dir, 'specs/shared/time.ts', 'export default 1\n')
  write(dir, 'packages/client/src/generated/index.ts', 'export {}\n')
  write(dir, 'packages/client/src/base.ts', 'export {}\n')
  write(dir, '.changeset/config.json', '{}\n')
  write(dir, '.changeset/README.md', '# changesets\n')
  commit(dir, 'first')
  return dir
}

/** Releases: consumes the changesets and writes a changelog, as `changeset version` does. */
function release(dir: string): string {
  for (const name of ['a.md', 'b.md']) rmSync(join(dir, '.changeset', name), { force: true })
  write(dir, 'packages/client/CHANGELOG.md', '# @b24kit/client\n\n## 0.2.0\n')
  return commit(dir, 'version packages')
}

describe('findReleaseBase', () => {
  test('before any release: the first commit', () => {
    const dir = createRepo()
    const first = git(dir, 'rev-parse', 'HEAD')
    write(dir, 'README.md', '# r2\n')
    commit(dir, 'second')
    expect(findReleaseBase(dir)).toEqual({ commit: first, reason: 'first commit (no release yet)' })
  })

  test('after a release: the last commit that touched a package CHANGELOG.md', () => {
    const dir = createRepo()
    const released = release(dir)
    write(dir, 'README.md', '# r2\n')
    commit(dir, 'after')
    expect(findReleaseBase(dir)).toEqual({ commit: released, reason: 'last changelog commit' })
  })
})

describe('checkChangesets', () => {
  test.each([
    ['nothing watched changed', true, (dir: string) => write(dir, 'README.md', '# changed\n')],
    ['a hand-written file changed', true, (dir: string) => write(dir, 'packages/client/src/base.ts', 'export const a = 1\n')],
    ['a spec changed, no changeset', false, (dir: string) => write(dir, 'specs/crm.contact.delete.ts', 'export default 2\n')],
    ['a generated file changed, no changeset', false, (dir: string) => write(dir, 'packages/client/src/generated/index.ts', '//\n')],
    ['a docs file changed, no changeset', false, (dir: string) => write(dir, 'packages/docs/generated/en/a.md', 'x\n')],
    ['a new spec, untracked, no changeset', false, (dir: string) => write(dir, 'specs/crm.contact.add.ts', 'x\n')],
    [
      'a spec changed with a changeset naming it',
      true,
      (dir: string) => {
        write(dir, 'specs/crm.contact.delete.ts', 'export default 2\n')
        write(dir, '.changeset/a.md', changeset('crm.contact.delete: a new error row.'))
      },
    ],
    [
      'a spec changed with a changeset naming another method',
      false,
      (dir: string) => {
        write(dir, 'specs/crm.contact.delete.ts', 'export default 2\n')
        write(dir, '.changeset/a.md', changeset('crm.contact.add: new.'))
      },
    ],
    [
      'a spec changed with an empty changeset (releases nothing)',
      false,
      (dir: string) => {
        write(dir, 'specs/crm.contact.delete.ts', 'export default 2\n')
        write(dir, '.changeset/a.md', '---\n---\n\ncrm.contact.delete\n')
      },
    ],
    [
      'a shared spec changed with any changeset',
      true,
      (dir: string) => {
        write(dir, 'specs/shared/time.ts', 'export default 2\n')
        write(dir, '.changeset/b.md', changeset('Time is parsed with offsets.'))
      },
    ],
  ] as const)('%s: ok is %s', (_title, ok, change) => {
    const dir = createRepo()
    change(dir)
    const result = checkChangesets(dir)
    expect(result.ok).toBe(ok)
    expect(result.problems.length === 0).toBe(ok)
  })

  test('committed changes count as well as work-tree ones, and the message names the files', () => {
    const dir = createRepo()
    write(dir, 'specs/crm.contact.delete.ts', 'export default 2\n')
    commit(dir, 'spec change')
    const result = checkChangesets(dir)
    expect(result.changed).toEqual(['specs/crm.contact.delete.ts'])
    expect(result.problems).toEqual([
      `1 spec or generated file(s) changed since ${result.base.commit.slice(0, 7)} (first commit (no release yet)) without a changeset: specs/crm.contact.delete.ts. Run \`pnpm changeset\`.`,
    ])
  })

  test('a release clears the slate; the next spec change needs a new changeset naming it', () => {
    const dir = createRepo()
    write(dir, 'specs/crm.contact.delete.ts', 'export default 2\n')
    write(dir, '.changeset/a.md', changeset('crm.contact.delete: changed.'))
    commit(dir, 'change with changeset')
    expect(checkChangesets(dir).ok).toBe(true)
    release(dir)
    expect(checkChangesets(dir)).toMatchObject({ ok: true, changed: [] })
    write(dir, 'specs/crm.contact.delete.ts', 'export default 3\n')
    write(dir, '.changeset/b.md', changeset('Something else.'))
    expect(checkChangesets(dir).problems).toEqual([
      expect.stringMatching(
        /^specs\/crm\.contact\.delete\.ts changed since \w{7} \(last changelog commit\), but no pending changeset names crm\.contact\.delete/,
      ),
    ])
  })
})

describe('parseChangeset and namesMethod', () => {
  test('reads releases and summary; refuses a bad frontmatter line naming the file', () => {
    expect(parseChangeset('.changeset/a.md', '---\n"@b24kit/spec": minor\n\'@b24kit/mock\': none\n---\n\nText.\n')).toEqual({
      file: '.changeset/a.md',
      packages: ['@b24kit/spec'],
      summary: 'Text.',
    })
    expect(() => parseChangeset('.changeset/x.md', '---\n"@b24kit/spec": big\n---\nx')).toThrow(
      '.changeset/x.md: expected "package": major|minor|patch in the frontmatter, received "\\"@b24kit/spec\\": big"',
    )
  })

  test.each([
    ['crm.contact.delete: x', true],
    ['Fixes crm.contact.delete.', true],
    ['`crm.contact.delete`', true],
    ['crm.contact.deleted', false],
    ['xcrm.contact.delete', false],
    ['a.crm.contact.delete', false],
  ] as const)('%s names crm.contact.delete: %s', (summary, want) => {
    expect(namesMethod(summary, 'crm.contact.delete')).toBe(want)
  })
})

describe('this repository', () => {
  test('every spec or generated change since the last release has a changeset naming its methods', () => {
    const result = checkChangesets(root)
    expect(result.problems).toEqual([])
  })
})
