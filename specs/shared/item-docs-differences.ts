/**
 * Where the crm.item.* and crm.type.* specs differ from their official pages on purpose, in the
 * shape `pnpm import-docs --check` reads (see docs-differences.ts). The reasons several of these
 * specs share are written once here.
 */
import type { DocsDifference } from './docs-differences.js'

/** `useOriginalUfNames`: the pages type it `boolean` and list its values as `Y` and `N`. */
export const useOriginalUfNamesAsText: DocsDifference = {
  path: 'params.useOriginalUfNames.type',
  docs: 'boolean',
  reason:
    'the page types it boolean, yet lists its values as the strings `Y` and `N` (default `N`); the spec types the values the page gives',
}

/** The English text of the NOT_FOUND row for an unknown type, which the tables word `SPA not found`. */
export const smartProcessNotFoundText: DocsDifference = {
  path: 'errors[typeNotFound].text.en',
  docs: 'SPA not found',
  reason:
    "the sample error answers of the crm.item.add and crm.item.update pages and crm.type.delete's table print `Smart process not found`; the other tables word the same server text `SPA not found`",
}

/** The intranet-only row, whose one server text the English pages word three ways. */
export function keepIntranetWording(docs: string): DocsDifference {
  return {
    path: 'errors[intranetOnly].text.en',
    docs,
    reason:
      'the crm.item.* pages word this one server text three ways; the rows share the wording of the crm.item.add and crm.item.update pages',
  }
}

/** A link of ours the page does not give, with why it helps the reader. */
export function keepOwnLink(method: string, reason: string): DocsDifference {
  return { path: `related.${method}`, docs: '(absent)', reason }
}

/** The link from a crm.item.* method to the deprecated contact method it replaces. */
export function keepContactLink(method: string): DocsDifference {
  return keepOwnLink(
    method,
    `${method} is deprecated in favour of this method with \`entityTypeId\` 3; the link joins the old method and its replacement both ways`,
  )
}

/** The link from a crm.type.* method to the crm.item.* method that works on the type's items. */
export function keepItemLink(method: string): DocsDifference {
  return keepOwnLink(method, `a smart process's items are worked on with ${method}; the link leads from the type to its items`)
}
