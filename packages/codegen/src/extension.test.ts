/**
 * "Extended by adding spec entries": a spec for a method no file in specs/ declares (crm.quote.delete,
 * from a fixture, on the `quote` entity specs/shared declares for crm.item.*) goes through the generator with the real emitters, and comes
 * out as a client module, a mock table row and docs pages; the generic mock engine then serves it
 * from the generated table. No hand-written code changes.
 */
import { execFile } from 'node:child_process'
import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { callMethod } from '../../../packages/mock/src/methods.js'
import { createStore } from '../../../packages/mock/src/store.js'
import type { MockEntity, MockErrorRow, MockMethod } from '../../../packages/mock/src/table.js'
import { createWorkspace, readTree, removeWorkspace, repoRoot } from '../test/workspace.js'

const run = promisify(execFile)
const made: string[] = []
afterAll(async () => {
  for (const root of made) await removeWorkspace(root)
})

async function addQuoteSpec(root: string): Promise<void> {
  await copyFile(join(repoRoot, 'packages/codegen/test/fixtures/crm.quote.delete.ts'), join(root, 'specs/crm.quote.delete.ts'))
}

describe('a method added by one spec file', () => {
  it('gets a client module, a mock row and docs pages, and the mock engine serves it', async () => {
    const root = await createWorkspace()
    made.push(root)
    await addQuoteSpec(root)
    const args = [
      '--conditions=source',
      join(repoRoot, 'packages/codegen/src/cli.ts'),
      '--root',
      root,
      '--config',
      join(repoRoot, 'b24kit.config.ts'),
      '--verbose',
    ]
    const { stdout } = await run(join(repoRoot, 'node_modules/.bin/tsx'), args, { cwd: root })
    for (const path of [
      'packages/client/src/generated/methods/crm-quote-delete.ts',
      'packages/docs/generated/ru/crm-quote-delete.md',
      'packages/docs/generated/en/crm-quote-delete.md',
    ])
      expect(stdout).toContain(`wrote ${path}`)

    const tree = await readTree(root, 'packages')
    expect(tree.get('packages/client/src/generated/methods/crm-quote-delete.ts')).toContain("'crm.quote.delete'")
    expect(tree.get('packages/client/src/generated/index.ts')).toContain('crm-quote-delete')
    expect(tree.get('packages/docs/generated/en/crm-quote-delete.md')).toContain('Quote is not found')
    expect(tree.get('packages/docs/generated/en/index.md')).toContain('crm.quote.delete')
    expect(tree.get('packages/docs/generated/openapi.json')).toContain('/crm.quote.delete')

    // The generated table, read by the hand-written engine as it is.
    const generated = join(root, 'packages/mock/src/generated')
    const { methodTable } = (await import(pathToFileURL(join(generated, 'methods.ts')).href)) as { methodTable: Record<string, MockMethod> }
    const { entityTable } = (await import(pathToFileURL(join(generated, 'entities.ts')).href)) as {
      entityTable: Record<string, MockEntity>
    }
    const method = methodTable['crm.quote.delete']
    expect(method?.operation).toEqual({ kind: 'delete', entity: 'quote', by: 'id', cascade: false, notFound: 'notFound' })
    if (!method) return
    // The quote the fixture's example deletes.
    const store = createStore(entityTable, { quote: [{ ID: 50 }] })
    const ctx = {
      caller: { user: { id: 1, permissions: '*', scopes: '*' }, scopes: '*', transport: 'webhook', key: 'test' } as never,
      store,
      getSystemErrorOrThrow: (id: string): MockErrorRow => {
        throw new Error(`unexpected system error ${id}`)
      },
    }
    // recordId: the record the call changed, which the engine fires the method's events for.
    expect(callMethod(method, { ID: '50' }, ctx)).toEqual({ ok: true, result: true, recordId: 50 })
    const again = callMethod(method, { id: 50 }, ctx)
    expect(again.ok ? undefined : again.row).toMatchObject({ code: '', status: 400, text: 'Quote is not found' })
  })
})
