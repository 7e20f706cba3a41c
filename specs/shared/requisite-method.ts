/**
 * What the crm.requisite.* methods share: the `id` parameter, the owner rows of add and update and
 * the family's names, as the official pages (api-reference/crm/requisites/universal/ in
 * bitrix24/b24restdocs and bitrix-tools/b24-rest-docs) give them. The texts are ours. Plain data,
 * spread into each spec file.
 *
 * Not-found text: the server puts the asked id into `The Requisite with ID '<id>' is not found`; the
 * spec model has no placeholder for it, so each spec keeps the text its page prints (id 27 or 57) and
 * the mock answers that text for every missing id.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import { listFilterParams } from './contact-method.js'

/** The requisite id, read as `ID` then `id` and cast like PHP's (int). */
export const requisiteIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  spellings: ['ID', 'id'],
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор реквизита.', en: 'The requisite ID.' },
  sources: ['crm.requisite.list', 'crm.requisite.add'],
  invalidError: 'invalidId',
} as const satisfies MethodSpecInput['params'][number]

/** The requisite family, for each spec's `related` (the spec's own name is left out). */
export function listRequisiteSiblings(method: string): string[] {
  return [
    'crm.requisite.add',
    'crm.requisite.update',
    'crm.requisite.get',
    'crm.requisite.list',
    'crm.requisite.delete',
    'crm.requisite.fields',
  ].filter((name) => name !== method)
}

/**
 * `The <label> with ID '<id>' is not found`, with the id the page's table prints; `label` is the
 * server's class name (`Requisite`, `RequisiteBankDetail`) and `of` names the record in our texts.
 */
export function createRequisiteNotFoundRow(pageId: number, label = 'Requisite', of = { ru: 'Реквизит', en: 'requisite' }) {
  return {
    id: 'notFound',
    code: '',
    status: 400,
    text: `The ${label} with ID '${pageId}' is not found`,
    kind: 'notFound',
    when: { ru: `${of.ru} с переданным \`id\` не найден`, en: `No ${of.en} has the given \`id\`` },
  } as const satisfies ErrorRowInput
}

/** The bank detail words of createRequisiteNotFoundRow. */
export const bankDetailOf = { ru: 'Банковский реквизит', en: 'bank detail' }

/** The bank detail id, read as `ID` then `id` and cast like PHP's (int). */
export const bankDetailIdParam = {
  ...requisiteIdParam,
  description: { ru: 'Идентификатор банковского реквизита.', en: 'The bank detail ID.' },
  sources: ['crm.requisite.bankdetail.list', 'crm.requisite.bankdetail.add'],
} as const satisfies MethodSpecInput['params'][number]

/** The bank detail family, for each spec's `related` (the spec's own name is left out). */
export function listBankDetailSiblings(method: string): string[] {
  return ['add', 'update', 'get', 'list', 'delete', 'fields']
    .map((action) => `crm.requisite.bankdetail.${action}`)
    .filter((name) => name !== method)
}

/** Builds one row the server answers when a required owner field of `fields` is missing or bad. */
export const createOwnerRow = (id: string, name: string, ru: string, en: string) =>
  ({
    id,
    code: '',
    status: 400,
    text: `${name} is not defined or invalid.`,
    kind: 'invalidParams',
    when: { ru: `\`${name}\` (${ru}) не передан или неверен`, en: `\`${name}\` (${en}) is missing or invalid` },
  }) as const satisfies ErrorRowInput

/** The owner type, owner id and preset rows that add and update share. */
export const requisiteOwnerRows = [
  createOwnerRow('invalidEntityTypeId', 'ENTITY_TYPE_ID', 'тип владельца', 'the owner type'),
  createOwnerRow('invalidEntityId', 'ENTITY_ID', 'владелец', 'the owner'),
  createOwnerRow('invalidPresetId', 'PRESET_ID', 'шаблон', 'the preset'),
] as const

/** Who may call a method: the given right on the company or contact that owns the requisite. */
export function createRequisiteAccess(permission: 'read' | 'add' | 'update' | 'delete', ru: string, en: string) {
  return {
    entity: 'requisite',
    permission,
    description: {
      ru: `пользователь с правом «${ru}» компании или контакта, которому принадлежит реквизит`,
      en: `a user with the "${en}" permission on the company or contact owning the requisite`,
    },
    deniedError: 'accessDenied',
  } as const
}

/** `select`, `filter`, `order` and `start` of the requisite and bank detail list methods (pages of 50). */
export const requisiteListParams = [
  {
    name: 'select',
    type: 'array',
    required: false,
    description: {
      ru: 'Поля в ответе; `*` означает все обычные поля, `UF_*` все пользовательские.',
      en: 'The fields to answer; `*` stands for every plain field, `UF_*` for every custom one.',
    },
  },
  ...listFilterParams,
  {
    name: 'start',
    type: 'integer',
    required: false,
    coercion: 'php-int',
    description: {
      ru: 'Смещение страницы: значение `next` предыдущего ответа, `(N-1) * 50` для страницы N.',
      en: 'The offset of the page: the `next` of the previous answer, `(N-1) * 50` for page N.',
    },
  },
] as const satisfies MethodSpecInput['params']

/**
 * What every `.fields` method of the requisite families shares: any user may call it, no parameters,
 * a field-name map as result, no error row of its own (the system rows, as `insufficientScope`, remain).
 */
export const anyUserFieldsParts = {
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'object',
    description: {
      ru: 'Поле -> `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}`',
      en: 'Field -> `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}`',
    },
  },
  errors: [],
  errorExample: 'insufficientScope',
} as const satisfies Partial<MethodSpecInput>
