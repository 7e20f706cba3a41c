/**
 * What crm.timeline.icon.* and crm.timeline.logo.* share: the two families are the same methods on
 * two kinds of image a log entry shows (an icon and a logo), keyed by a string `code`. Sources: the
 * official pages api-reference/crm/timeline/logmessage/icons/ and .../logo/ in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian). Example-backed: the store keys records by
 * number, and these by code; the mock answers each page's example and `NOT_FOUND` for other codes.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'
import { keepRowsWithoutText } from './timeline-comment.js'

/** `icon` or `logo`, with its words in both languages and its sample file. */
interface ImageKind {
  key: 'icon' | 'logo'
  ru: { one: string; many: string }
  en: string
  fileUri: string
}

export const iconKind: ImageKind = {
  key: 'icon',
  ru: { one: 'иконка', many: 'иконки' },
  en: 'icon',
  fileUri: '/upload/crm/13f/huhnvzds7ckoy6mk5mdze9pb7jqscpxi/e66fm2cbau9f8u32oe9jzx2qflqhj2vv',
}

export const logoKind: ImageKind = {
  key: 'logo',
  ru: { one: 'логотип', many: 'логотипы' },
  en: 'logo',
  fileUri: '/upload/crm/286/a1k092hygdrzpiz6a01enuymqoo5qzym/ou0akdwnbxalzk9hgfme39nbvtozblew',
}

/** The first bytes of the PNG the add pages send (the pages cut it there too). */
const samplePng =
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAIAAABvFaqvAAABhWlDQ1BJQ0MgcHJvZmlsZQAAKJF9kT1Iw0AcxV9TRdGqgx1UHDLUgmBBVMRRq1CECqFWaNXB5NIvaNKQpLg4Cq4FBz8Wqw4uzro6uAqC4AeIo5OToouU'

const imageProperties: NonNullable<MethodSpecInput['result']['properties']> = [
  { name: 'code', type: 'string', required: true, description: { ru: 'Код', en: 'The code' } },
  {
    name: 'isSystem',
    type: 'boolean',
    required: true,
    description: {
      ru: '`true` — встроенное изображение, `false` — добавленное',
      en: '`true` for a built-in image, `false` for an added one',
    },
  },
  {
    name: 'fileUri',
    type: 'string',
    required: true,
    description: { ru: 'Путь к файлу; пусто у встроенных', en: 'The file path; empty for built-in ones' },
  },
]

/** The `code` parameter of add, get and delete. */
function createCodeParam(kind: ImageKind) {
  return {
    name: 'code',
    type: 'string',
    required: true,
    description: { ru: `Код (${kind.ru.one}), например \`info\`.`, en: `The ${kind.en} code, such as \`info\`.` },
    sources: [`crm.timeline.${kind.key}.list`],
  } as const satisfies MethodSpecInput['params'][number]
}

/** The record of the pages' examples: `info`, added by the portal's administrator. */
const createInfo = (kind: ImageKind) => ({ code: 'info', isSystem: false, fileUri: kind.fileUri })

/** `{ icon }` or `{ logo }`: the answer of add and get. */
function createWrappedResult(kind: ImageKind, ru: string, en: string) {
  return {
    type: 'object',
    description: { ru, en },
    properties: [{ name: kind.key, type: 'object', required: true, properties: imageProperties }],
  } as const satisfies MethodSpecInput['result']
}

/** `NOT_FOUND`: the server names the code in the text; the row keeps the page's sample answer. */
function createNotFoundRow(kind: ImageKind, code: string) {
  const title = kind.key === 'icon' ? 'Icon' : 'Logo'
  return {
    id: 'notFound',
    code: 'NOT_FOUND',
    status: 400,
    text: `${title} not found for code \`${code}\``,
    kind: 'notFound',
    when: {
      ru: 'С переданным `code` ничего нет; сервер называет этот код в тексте',
      en: 'Nothing has the given `code`; the server names that code in the text',
    },
  } as const
}

const accessDeniedRow = {
  id: 'accessDenied',
  code: 'ACCESS_DENIED',
  status: 400,
  text: 'Access denied',
  kind: 'accessDenied',
  when: { ru: 'Пользователь не администратор', en: 'The user is not an administrator' },
} as const

const admin = { description: { ru: 'администратор', en: 'an administrator' } }
const anyUser = { description: { ru: 'любой пользователь', en: 'any user' } }

/** The family's names, for each spec's `related` (the spec's own name is left out). */
function listSiblings(kind: ImageKind, method: string): string[] {
  return ['add', 'get', 'list', 'delete'].map((verb) => `crm.timeline.${kind.key}.${verb}`).filter((name) => name !== method)
}

type Parts = Omit<MethodSpecInput, 'method' | 'summary' | 'description'>

/** Everything of `crm.timeline.<kind>.add` but its names and texts. */
export function createImageAdd(kind: ImageKind): Parts {
  return {
    scope: 'crm',
    access: admin,
    params: [
      createCodeParam(kind),
      {
        name: 'fileContent',
        type: 'string',
        required: true,
        description: { ru: 'Файл изображения в base64.', en: 'The image file, base64-encoded.' },
      },
    ],
    result: createWrappedResult(kind, `Добавленное изображение в \`${kind.key}\``, `The added image, in \`${kind.key}\``),
    errors: [accessDeniedRow],
    errorExample: 'accessDenied',
    examples: [
      {
        id: `add${kind.key === 'icon' ? 'Icon' : 'Logo'}Info`,
        title: { ru: `Добавить ${kind.ru.one} \`info\``, en: `Add the \`info\` ${kind.en}` },
        params: { code: 'info', fileContent: samplePng },
        result: { [kind.key]: createInfo(kind) },
      },
    ],
    related: listSiblings(kind, `crm.timeline.${kind.key}.add`),
    operation: { kind: 'example' },
  }
}

/** Everything of `crm.timeline.<kind>.get` but its names and texts. */
export function createImageGet(kind: ImageKind): Parts {
  return {
    scope: 'crm',
    access: anyUser,
    params: [createCodeParam(kind)],
    result: createWrappedResult(kind, `Изображение в \`${kind.key}\``, `The image, in \`${kind.key}\``),
    errors: [createNotFoundRow(kind, 'test')],
    errorExample: 'notFound',
    examples: [
      {
        id: 'getInfo',
        title: { ru: `Получить ${kind.ru.one} \`info\``, en: `Get the \`info\` ${kind.en}` },
        params: { code: 'info' },
        result: { [kind.key]: createInfo(kind) },
      },
    ],
    related: listSiblings(kind, `crm.timeline.${kind.key}.get`),
    operation: { kind: 'example', noMatch: 'notFound' },
  }
}

/** Everything of `crm.timeline.<kind>.list` but its names and texts. */
export function createImageList(kind: ImageKind): Parts {
  const many = `${kind.key}s`
  return {
    scope: 'crm',
    access: anyUser,
    params: [],
    result: {
      type: 'object',
      description: { ru: `Все изображения в \`${many}\``, en: `Every image, in \`${many}\`` },
      properties: [{ name: many, type: 'array', required: true, items: { type: 'object', properties: imageProperties } }],
    },
    errors: [
      {
        id: 'internalError',
        code: '0',
        status: 400,
        text: 'Could not find value',
        kind: 'serverError',
        when: { ru: 'Прочие ошибки, например фатальные', en: 'Other errors, fatal ones for instance' },
      },
    ],
    errorExample: 'internalError',
    examples: [
      {
        id: 'listAll',
        title: { ru: `Все ${kind.ru.many}`, en: `Every ${kind.en}` },
        params: {},
        result: {
          [many]: [{ code: 'call', isSystem: true, fileUri: '' }, { code: 'arrow-down', isSystem: true, fileUri: '' }, createInfo(kind)],
        },
      },
    ],
    related: listSiblings(kind, `crm.timeline.${kind.key}.list`),
    operation: { kind: 'example' },
  }
}

/** Everything of `crm.timeline.<kind>.delete` but its names and texts. */
export function createImageDelete(kind: ImageKind): Parts {
  return {
    scope: 'crm',
    access: admin,
    params: [createCodeParam(kind)],
    result: { type: 'boolean', const: true, description: { ru: '`true`, если удалено', en: '`true` once deleted' } },
    errors: [accessDeniedRow, createNotFoundRow(kind, 'info')],
    errorExample: 'notFound',
    examples: [
      {
        id: 'deleteInfo',
        title: { ru: `Удалить ${kind.ru.one} \`info\``, en: `Delete the \`info\` ${kind.en}` },
        params: { code: 'info' },
        result: true,
      },
    ],
    related: listSiblings(kind, `crm.timeline.${kind.key}.delete`),
    operation: { kind: 'example', noMatch: 'notFound' },
  }
}

/** Where an admin-only page names a right the spec keeps as text, and the codes listed without text. */
export function keepImageDifferences(codes: string[]): DocsDifference[] {
  return keepRowsWithoutText(codes)
}
