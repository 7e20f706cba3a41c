/** What every section renderer of a page is given: one method, one language, and the shared specs. */
import type { MethodSpec, SharedSpecs } from '@b24kit/spec'
import { toKebabName } from '../../naming.js'
import type { Lang } from './labels.js'

/** The inputs of one page. */
export interface PageContext {
  spec: MethodSpec
  lang: Lang
  shared: SharedSpecs
}

/** The file name of a method's page, the same in both languages (`crm-contact-delete.md`). */
export function getPageFileName(method: string): string {
  return `${toKebabName(method)}.md`
}

/** A Markdown link to a method's page in the same language folder, as the Bitrix24 pages link. */
export function renderMethodLink(method: string): string {
  return `[\`${method}\`](./${getPageFileName(method)})`
}
