/**
 * The generated Russian page of crm.contact.delete against the original Bitrix24 page (the seed):
 * every section in the same order, every table row, every error code, the example tabs, the
 * sample answers and the related methods.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readHeadings, readJsonBlocks, readSection, readTables, readTabs, squash } from './parse-yfm.js'
import { packageDir, seedPagePath } from './paths.js'

const seed = readFileSync(seedPagePath, 'utf8')
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
    const theirs = readHeadings(seed)
    expect(theirs.length).toBeGreaterThan(5)
    const positions = theirs.map((h) => ours.indexOf(h))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('inlines the system errors between the error codes and the related methods, where the seed includes them', () => {
    const ours = readHeadings(page)
    const at = ours.indexOf('### Системные ошибки')
    expect(at).toBeGreaterThan(ours.indexOf('### Возможные коды ошибок'))
    expect(at).toBeLessThan(ours.indexOf('## Продолжите изучение'))
    expect(seed).toContain('system-errors.md')
    const codes = readTables(readSection(page, '### Системные ошибки'))[0]!
      .slice(1)
      .map((r) => plain(r[1]!))
    expect(codes).toEqual(
      expect.arrayContaining(['INTERNAL_SERVER_ERROR', 'QUERY_LIMIT_EXCEEDED', 'expired_token', 'ERROR_METHOD_NOT_FOUND']),
    )
  })

  it('carries the scope and who may call the method', () => {
    for (const line of seed.split('\n').filter((l) => l.startsWith('> '))) {
      expect(page).toContain(line.replace('(../../scopes/permissions.md)', '').replace(/\]$/, ''))
    }
    expect(page).toContain('> Кто может выполнять метод: любой пользователь с правом «удаления» контакта')
    expect(page).toContain('> Scope: [`crm`]')
  })

  it('carries the description', () => {
    expect(page).toContain('Метод `crm.contact.delete` удаляет контакт и все связанные с ним объекты.')
  })

  it('has every row of the seed parameter table', () => {
    const [theirs] = readTables(readSection(seed, '## Параметры метода'))
    const [ours] = readTables(readSection(page, '## Параметры метода'))
    expect(ours!.length).toBe(theirs!.length)
    for (const [i, row] of theirs!.entries()) {
      // Name, `*` for required, and type.
      expect(plain(ours![i]![0]!)).toBe(plain(row[0]!))
      // The description starts the same; both name the same source methods.
      expect(plain(ours![i]![1]!).split(' ')[0]).toBe(plain(row[1]!).split(' ')[0])
      const links = (cell: string) => [...cell.matchAll(/\(([a-z-]+\.md)\)/g)].map((m) => m[1])
      expect(links(ours![i]![1]!.replaceAll('./', ''))).toEqual(links(row[1]!))
    }
  })

  it('has every example tab of the seed, in the same order, with the same calls', () => {
    const theirs = readTabs(seed)
    const ours = readTabs(page)
    expect(ours.map((t) => t.title).slice(0, theirs.length)).toEqual(theirs.map((t) => t.title))
    for (const tab of theirs) {
      const mine = ours.find((t) => t.title === tab.title)!
      if (['cURL (Webhook)', 'cURL (OAuth)', 'BX24.js', 'PHP CRest'].includes(tab.title)) expect(squash(mine.code)).toBe(squash(tab.code))
      else {
        expect(mine.code).toContain("'crm.contact.delete'")
        expect(squash(mine.code)).toContain(tab.title === 'JS' ? 'id: 50,' : "'id' => 50,")
      }
    }
    expect(ours.map((t) => t.title)).toEqual(expect.arrayContaining(['TypeScript (@b24kit/client)', 'Test (@b24kit/mock)']))
  })

  it('shows the same success answer, with the same status and time block', () => {
    const theirs = readSection(seed, '## Обработка ответа')
    const ours = readSection(page, '## Обработка ответа')
    expect(ours).toContain('HTTP-статус: **200**')
    expect(theirs).toContain('HTTP-статус: **200**')
    expect(readJsonBlocks(ours)).toEqual(readJsonBlocks(theirs))
  })

  it('has every row of the seed field table', () => {
    const [theirs] = readTables(readSection(seed, '### Возвращаемые данные'))
    const [ours] = readTables(readSection(page, '### Возвращаемые данные'))
    expect(ours!.map((r) => plain(r[0]!))).toEqual(theirs!.map((r) => plain(r[0]!)))
    expect(plain(ours![1]![1]!)).toContain('Корневой элемент ответа')
    expect(plain(ours![2]![1]!)).toBe(plain(theirs![2]![1]!))
  })

  it('shows the same error answer with the same status', () => {
    const theirs = readSection(seed, '## Обработка ошибок')
    const ours = readSection(page, '## Обработка ошибок')
    expect(theirs).toContain('HTTP-статус: **400**')
    expect(ours).toContain('HTTP-статус: **400**')
    expect(readJsonBlocks(ours)).toEqual(readJsonBlocks(theirs))
  })

  it('has every error code, text and meaning of the seed error table', () => {
    const [theirs] = readTables(readSection(seed, '### Возможные коды ошибок'))
    const [ours] = readTables(readSection(page, '### Возможные коды ошибок'))
    // Our table adds the HTTP status as its first column.
    const mine = ours!.slice(1).map((r) => r.slice(1).map(plain))
    const want = theirs!.slice(1).map((r) => r.map(plain))
    expect(want.length).toBe(3)
    expect(mine).toEqual(want)
  })

  it('links the same related methods, in the same order', () => {
    const targets = (text: string) => [...text.matchAll(/\]\(\.\/([a-z-]+\.md)\)/g)].map((m) => m[1])
    const theirs = targets(readSection(seed, '## Продолжите изучение'))
    expect(theirs).toHaveLength(5)
    expect(targets(readSection(page, '## Продолжите изучение'))).toEqual(theirs)
  })

  it('shows the deprecation in favour of crm.item.delete as a warning note', () => {
    expect(page).toMatch(/\{% note warning "[^"]+" %\}\n\n[^\n]*`crm\.item\.delete`[^\n]*\n\n\{% endnote %\}/)
  })
})
