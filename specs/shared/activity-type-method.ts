/**
 * What the crm.activity.type.* methods share, as the official pages
 * (api-reference/crm/timeline/activities/types/ in bitrix24/b24restdocs) give them: an
 * administrator's application registers its own activity types, keyed by a string `TYPE_ID`. The
 * methods are example-backed: `crm.activity.type.add` answers `true` rather than an id and the types
 * are keyed by a string the caller chooses, which the mock's record operations (numeric ids they hand
 * out) do not model; nor does the mock know which application calls, so webhooks are answered too.
 *
 * The pages print `Access denied! Application context required` and `Admin permissions required` in
 * the code column; as the other crm.activity pages' sample answers show, such a text comes with an
 * empty code. Their ACCESS_DENIED and INVALID_ARG_VALUE rows print no server text and are left out.
 */
import type { ErrorRowInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'

/** Who may call the type methods: an administrator, from an application. */
export const activityTypeAccess = {
  description: { ru: 'администратор, из приложения', en: 'an administrator, from an application' },
  deniedError: 'adminRequired',
} as const

/** The two rows every type page lists with their texts. */
export const activityTypeRows: ErrorRowInput[] = [
  {
    id: 'adminRequired',
    code: '',
    status: 400,
    text: 'Admin permissions required',
    kind: 'accessDenied',
    when: { ru: 'Пользователь не администратор', en: 'The user is not an administrator' },
  },
  {
    id: 'applicationRequired',
    code: '',
    status: 400,
    text: 'Access denied! Application context required',
    kind: 'accessDenied',
    when: { ru: 'Метод вызван не из приложения', en: 'The method is not called from an application' },
  },
]

const textInCodeColumn =
  "the page prints the server's text in the code column; the crm.activity pages' sample answers give such a text an empty code"
const unknownText = "the page prints no server text for this code; the spec takes the row once the server's text is known"

/** The differences every type spec keeps, and the page's rows of each code in `codesLeftOut`. */
export function keepActivityTypeRows(codesLeftOut: string[]): DocsDifference[] {
  return [
    ...[
      ['Admin permissions required', 'adminRequired'],
      ['Access denied! Application context required', 'applicationRequired'],
    ].flatMap(([code, id]) => [
      { path: `errors[code ${code}, text (absent)]`, docs: 'present', reason: textInCodeColumn },
      { path: `errors[${id}]`, docs: '(absent)', reason: textInCodeColumn },
    ]),
    ...codesLeftOut.map((code) => ({ path: `errors[code ${code}, text (absent)]`, docs: 'present', reason: unknownText })),
  ]
}

/** The `TYPE_ID` of a custom activity type. */
export const typeIdDescription = {
  ru: 'Строковый код типа дела, например `1C`; у дел этого типа он в `PROVIDER_TYPE_ID`.',
  en: 'The string code of the activity type, such as `1C`; activities of the type carry it in `PROVIDER_TYPE_ID`.',
}
