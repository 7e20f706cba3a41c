/**
 * The generated Russian page of crm.contact.delete against the structure of the original Bitrix24
 * page (the seed, kept as data in ./seed-page.ts): every section in the same order, every table
 * row, every error code, the example tabs, the sample answers and the related methods.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readHeadings, readJsonBlocks, readSection, readTables, readTabs, squash } from './parse-yfm.js'
import { packageDir } from './paths.js'
import {
  seedError,
  seedErrorRows,
  seedHeadings,
  seedParams,
  seedQuotes,
  seedRelated,
  seedResultFields,
  seedSuccess,
  seedTabs,
} from './seed-page.js'

const page = readFileSync(join(packageDir, 'generated/ru/crm-contact-delete.md'), 'utf8')

/** Cell text without Markdown emphasis, code marks, links and a final period. */
function plain(cell: string): string {
  return cell
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[\d+\]/g, '$1')
    .replace(/[*`]/g, '')
    .replace(/\.$/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

describe('the generated ru page of crm.contact.delete against the seed page', () => {
  it('has every section of the seed, in the same order', () => {
    const ours = readHeadings(page)
    const positions = seedHeadings.map((h) => ours.indexOf(h))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('inlines the system errors between the error codes and the related methods, where the seed includes them', () => {
    const ours = readHeadings(page)
    const at = ours.indexOf('### Системные ошибки')
    expect(at).toBeGreaterThan(ours.indexOf('### Возможные коды ошибок'))
    expect(at).toBeLessThan(ours.indexOf('## Продолжите изучение'))
    const codes = readTables(readSection(page, '### Системные ошибки'))[0]!
      .slice(1)
      .map((r) => plain(r[1]!))
    expect(codes).toEqual(
      expect.arrayContaining(['INTERNAL_SERVER_ERROR', 'QUERY_LIMIT_EXCEEDED', 'expired_token', 'ERROR_METHOD_NOT_FOUND']),
    )
  })

  it('carries the scope and who may call the method', () => {
    for (const line of seedQuotes) expect(page).toContain(line)
  })

  it('carries the description', () => {
    expect(page).toContain('Метод `crm.contact.delete` удаляет контакт и все связанные с ним объекты.')
  })

  it('has every row of the seed parameter table', () => {
    const [ours] = readTables(readSection(page, '## Параметры метода'))
    const rows = ours!.slice(1)
    expect(rows.length).toBe(seedParams.length)
    for (const [i, want] of seedParams.entries()) {
      expect(plain(rows[i]![0]!)).toBe(`${want.name} ${want.type}`)
      expect(rows[i]![0]!.startsWith(`**${want.name}${want.required ? '*' : ''}**`)).toBe(true)
      expect(plain(rows[i]![1]!).split(' ')[0]).toBe(want.firstWord)
      const links = [...rows[i]![1]!.replaceAll('./', '').matchAll(/\(([a-z-]+\.md)\)/g)].map((m) => m[1])
      expect(links).toEqual(want.links)
    }
  })

  it('has every example tab of the seed, in the same order, with the same calls', () => {
    const ours = readTabs(page)
    expect(ours.map((t) => t.title).slice(0, seedTabs.length)).toEqual(seedTabs.map((t) => t.title))
    for (const tab of seedTabs) {
      const code = squash(ours.find((t) => t.title === tab.title)!.code)
      if ('url' in tab) {
        expect(code).toBe(
          `curl -X POST \\ -H "Content-Type: application/json" \\ -H "Accept: application/json" \\ -d '${tab.body}' \\ ${tab.url}`,
        )
      } else {
        expect(code).toContain("'crm.contact.delete'")
        expect(code).toContain(tab.params)
      }
    }
    expect(ours.map((t) => t.title)).toEqual(expect.arrayContaining(['TypeScript (@b24kit/client)', 'Test (@b24kit/mock)']))
  })

  it('shows the same success answer, with the same status and time block', () => {
    const ours = readSection(page, '## Обработка ответа')
    expect(ours).toContain(`HTTP-статус: **${seedSuccess.status}**`)
    expect(readJsonBlocks(ours)).toEqual([seedSuccess.body])
  })

  it('has every row of the seed field table', () => {
    const [ours] = readTables(readSection(page, '### Возвращаемые данные'))
    expect(ours!.slice(1).map((r) => plain(r[0]!))).toEqual(seedResultFields.map((f) => `${f.name} ${f.type}`))
    expect(plain(ours![1]![1]!)).toContain('Корневой элемент ответа')
    expect(plain(ours![2]![1]!)).toBe(seedResultFields[1]!.description)
  })

  it('shows the same error answer with the same status', () => {
    const ours = readSection(page, '## Обработка ошибок')
    expect(ours).toContain(`HTTP-статус: **${seedError.status}**`)
    expect(readJsonBlocks(ours)).toEqual([seedError.body])
  })

  it('has every error code, text and meaning of the seed error table', () => {
    const [ours] = readTables(readSection(page, '### Возможные коды ошибок'))
    // Our table adds the HTTP status as its first column.
    expect(ours!.slice(1).map((r) => r.slice(1).map(plain))).toEqual(seedErrorRows)
  })

  it('links the same related methods, in the same order', () => {
    const targets = [...readSection(page, '## Продолжите изучение').matchAll(/\]\(\.\/([a-z-]+\.md)\)/g)].map((m) => m[1])
    expect(targets).toEqual(seedRelated)
  })

  it('shows the deprecation in favour of crm.item.delete as a warning note', () => {
    expect(page).toMatch(/\{% note warning "[^"]+" %\}\n\n[^\n]*`crm\.item\.delete`[^\n]*\n\n\{% endnote %\}/)
  })
})
