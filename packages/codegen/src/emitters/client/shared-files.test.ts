/** The shared files: system rows with the spec's error kinds, and the record types. */
import { describe, expect, it } from 'vitest'
import { createTsProject, printStructure } from '../../ts-project.js'
import { loadSmallSpecs } from './__fixtures__/small-specs.js'
import { defaultDocsUrl } from './docs.js'
import { buildSystemErrorsByNeedFile, buildSystemErrorsFile } from './system-errors.js'
import { buildTypesFile } from './types.js'

const paths = { runtime: '../runtime.js', docsUrl: defaultDocsUrl }

describe('system-errors.ts', () => {
  it('matches the golden file: kinds from the model, rows without their texts', async () => {
    const text = printStructure(createTsProject(), 'system-errors.ts', buildSystemErrorsFile(loadSmallSpecs().shared, paths))
    expect(text).not.toContain('Too many requests')
    await expect(text).toMatchFileSnapshot('./__snapshots__/system-errors.ts.snap')
  })
})

describe('system-errors-by-need.ts', () => {
  it('holds the rows of system-errors.ts, and nothing else', () => {
    const shared = loadSmallSpecs().shared
    const rowsOf = (name: string, text: string) => /= (\[[\s\S]*?\n\])/.exec(text.slice(text.indexOf(`const ${name}`)))?.[1]
    const table = printStructure(createTsProject(), 'system-errors.ts', buildSystemErrorsFile(shared, paths))
    const byNeed = printStructure(createTsProject(), 'system-errors-by-need.ts', buildSystemErrorsByNeedFile(shared, paths))
    expect(rowsOf('systemErrors', byNeed)).toBeTruthy()
    expect(rowsOf('systemErrors', byNeed)).toBe(rowsOf('systemErrors', table))
    expect(byNeed).toContain("code: 'QUERY_LIMIT_EXCEEDED'")
    expect(byNeed).not.toMatch(/export type/)
  })
})

describe('types.ts', () => {
  it('matches the golden file: one interface per record type, optional fields marked', async () => {
    const text = printStructure(createTsProject(), 'types.ts', buildTypesFile(loadSmallSpecs().shared))
    expect(text).toContain('operating?: number;')
    await expect(text).toMatchFileSnapshot('./__snapshots__/types.ts.snap')
  })
})
