/**
 * What the crm.item.* methods share: parameters and error rows as the official pages
 * (api-reference/crm/universal/crm-item-*.md in bitrix24/b24restdocs, ru and en) give them. The
 * server's texts are taken from the pages' sample answers where the tables translate them.
 */
import { type ErrorRowInput, type MethodSpecInput, toCamelFieldName } from '@b24kit/spec'

type Param = MethodSpecInput['params'][number]

/** Which record type the call works on: 3 is a contact, a smart process its own id. */
export const entityTypeIdParam = {
  name: 'entityTypeId',
  type: 'integer',
  required: true,
  description: {
    ru: 'Тип объекта CRM: системный (лид 1, сделка 2, контакт 3, компания 4, счет 31) или идентификатор смарт-процесса из `crm.type.list`.',
    en: 'The CRM object type: a system one (lead 1, deal 2, contact 3, company 4, invoice 31) or a smart process id from `crm.type.list`.',
  },
  sources: ['crm.type.list', 'crm.type.add'],
} as const satisfies Param

/** The item id. */
export const itemIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  description: { ru: 'Идентификатор элемента.', en: 'The item ID.' },
  sources: ['crm.item.list', 'crm.item.add'],
} as const satisfies Param

/** `Y` answers custom fields as `UF_CRM_2_1639669411830`, `N` (the default) as `ufCrm2_1639669411830`. */
export const useOriginalUfNamesParam = {
  name: 'useOriginalUfNames',
  type: 'string',
  required: false,
  default: 'N',
  enum: [
    { value: 'Y', description: { ru: 'исходные имена пользовательских полей', en: 'original custom field names' } },
    { value: 'N', description: { ru: 'имена пользовательских полей в camelCase', en: 'custom field names in camelCase' } },
  ],
  description: {
    ru: 'Как называть пользовательские поля в запросе и ответе: `UF_CRM_2_1639669411830` (`Y`) или `ufCrm2_1639669411830` (`N`, по умолчанию).',
    en: 'How custom fields are named in the request and the answer: `UF_CRM_2_1639669411830` (`Y`) or `ufCrm2_1639669411830` (`N`, the default).',
  },
} as const satisfies Param

/** The record of the chosen entity type, in camelCase. */
export const itemRecord = { entity: 'item', naming: 'camel', entityTypeBy: 'entityTypeId' } as const

/** `fields` of add and update: the record's fields in camelCase (UPPER_CASE names are accepted too). */
export function createFieldsParam(required: boolean, ru: string, en: string): Param {
  return { name: 'fields', type: 'object', required, record: itemRecord, description: { ru, en } }
}

const row = (id: string, code: string, text: ErrorRowInput['text'], kind: ErrorRowInput['kind'], ru: string, en: string, status = 400) =>
  ({ id, code, status, text, kind, when: { ru, en } }) as const satisfies ErrorRowInput

/** 403 for an extranet user. */
export const intranetOnlyRow = row(
  'intranetOnly',
  'allowed_only_intranet_user',
  { ru: 'Действие разрешено только интранет-пользователям', en: 'Action is allowed only for intranet users' },
  'accessDenied',
  'Пользователь не является интранет-пользователем',
  'The user is not an intranet user',
  403,
)

/** An entityTypeId no system type or smart process has. */
export const typeNotFoundRow = row(
  'typeNotFound',
  'NOT_FOUND',
  { ru: 'Смарт-процесс не найден', en: 'Smart process not found' },
  'notFound',
  'Передан несуществующий `entityTypeId`',
  'The `entityTypeId` names no object type',
)

/** An id no item of that type has. */
export const itemNotFoundRow = row(
  'itemNotFound',
  'NOT_FOUND',
  { ru: 'Элемент не найден', en: 'Item not found' },
  'notFound',
  'Элемента с переданным `id` в типе `entityTypeId` нет',
  'No item of type `entityTypeId` has the given `id`',
)

/** The user lacks the permission the method needs on items of the type. */
export function createItemDeniedRow(text: ErrorRowInput['text'], ru: string, en: string) {
  return row('accessDenied', 'ACCESS_DENIED', text, 'accessDenied', ru, en)
}

/** A field value the type refuses; the server puts the field's name where the text says `field`. */
export const fieldValueRow = row(
  'fieldValueNotValid',
  'CRM_FIELD_ERROR_VALUE_NOT_VALID',
  { ru: 'Неверное значение поля "field"', en: 'Invalid value for field "field"' },
  'invalidParams',
  'Для поля `field` передано неверное значение',
  'The value sent for the field `field` is wrong',
)

/** A single value sent to a multiple field; the server puts the value's type where the text says `type`. */
export const iterableRow = row(
  'notIterable',
  '100',
  'Expected iterable value for multiple field, but got type instead',
  'invalidParams',
  'В множественное поле передано значение типа `type`, а не список',
  'A multiple field got a value of type `type` instead of a list',
)

/**
 * The filter and order problems crm.item.list and crm.type.list answer. The server puts the field's
 * name and the direction sent where the texts say `names.field` and `names.value`; each page names
 * those places its own way (`field` and `orderValue`, `field_n` and `invalid_value`).
 */
export function createQueryRows(owner: { ru: string; en: string }, names = { field: 'field', value: 'orderValue' }) {
  const { field, value } = names
  return [
    row(
      'filterFieldNotAllowed',
      'INVALID_ARG_VALUE',
      `Invalid filter: field '${field}' is not allowed in filter`,
      'invalidParams',
      `Поле \`${field}\` в \`filter\` недоступно для фильтрации ${owner.ru}`,
      `The field \`${field}\` in \`filter\` cannot filter ${owner.en}`,
    ),
    row(
      'filterValueInvalid',
      'INVALID_ARG_VALUE',
      `Invalid filter: field '${field}' has invalid value`,
      'invalidParams',
      `Значение поля \`${field}\` в \`filter\` неверно`,
      `The value of the field \`${field}\` in \`filter\` is wrong`,
    ),
    row(
      'orderFieldNotAllowed',
      'INVALID_ARG_VALUE',
      `Invalid order: field '${field}' is not allowed in order`,
      'invalidParams',
      `Поле \`${field}\` в \`order\` недоступно для сортировки`,
      `The field \`${field}\` in \`order\` cannot sort`,
    ),
    row(
      'orderDirectionInvalid',
      'INVALID_ARG_VALUE',
      `Invalid order: allowed sort directions are ASC, DESC. But got '${value}' for field '${field}'`,
      'invalidParams',
      `В \`order\` для поля \`${field}\` передано направление не \`ASC\` и не \`DESC\``,
      `The direction in \`order\` for the field \`${field}\` is neither \`ASC\` nor \`DESC\``,
    ),
  ] as const
}

/** The key prefixes the crm.item.list and crm.type.list filters understand. */
export const itemFilterOperators = ['=', '!', '!=', '>', '>=', '<', '<=', '@', '!@', '%', '=%', '%=', '!%', '!=%', '!%='] as const

export { row as createErrorRow }

type EntityField = NonNullable<import('@b24kit/spec').EntitySpecInput['fields']>[number]

/**
 * The `fields` answer of crm.item.fields and crm.type.fields for a field list: camelCase name ->
 * description with `upperName`, titles in the default portal language (ru), as the mock serves them.
 */
export function describeCamelFields(fields: readonly EntityField[]): Record<string, unknown> {
  return Object.fromEntries(
    fields
      .filter((f) => !f.upperOnly)
      .map((f) => [
        f.camelName ?? toCamelFieldName(f.name),
        {
          type: f.type,
          isRequired: f.isRequired ?? false,
          isReadOnly: f.isReadOnly ?? false,
          isImmutable: f.isImmutable ?? false,
          isMultiple: f.isMultiple ?? false,
          isDynamic: f.isDynamic ?? false,
          title: f.title.ru,
          upperName: f.name,
        },
      ]),
  )
}

/** A new smart process item the portal's plan does not allow (crm.item.add and the import methods). */
export const createRestrictedRow = row(
  'planRestricted',
  'CREATE_DYNAMIC_ITEM_RESTRICTED',
  {
    ru: 'Вы не можете создать новый элемент из-за ограничений вашего тарифа',
    en: 'You cannot create a new item due to your plan restrictions',
  },
  'accessDenied',
  'Тариф портала не позволяет создавать элементы смарт-процессов',
  "The portal's plan does not allow new smart process items",
)
