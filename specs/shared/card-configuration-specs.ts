/**
 * The four crm.<owner>.details.configuration.* specs (get, set, reset, forceCommonScopeForAll), one
 * builder each, for contacts, companies, leads, deals and crm.item.*: the pages give the same
 * parameters, answers and server rows and differ in the owner, the `extras` a deal or an item takes
 * and `entityTypeId` of crm.item.*. Facts from the official pages api-reference/crm/<owner>/custom-form/
 * and api-reference/crm/universal/item-details-configuration/ in bitrix24/b24restdocs and
 * bitrix-tools/b24-rest-docs; the texts are ours. The mock does not keep card layouts: each method
 * answers its example (example-backed), after checking the params by the spec's rules.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import { createDeprecation } from './contact-method.js'

type Spec = MethodSpecInput
type ParamInput = MethodSpecInput['params'][number]

/** One card section as set takes it and get answers it. */
export interface CardSection {
  name: string
  title: string
  type: 'section'
  elements: { name: string; optionFlags?: string }[]
}

/** Whose cards a family configures, and what its examples send. */
export interface CardOwner {
  /** The method prefix (`crm.contact`) and the entity the pages name. */
  family: string
  entity: string
  /** "of the contact card" pieces: `контакта`, `contact`. */
  of: { ru: string; en: string }
  /** crm.item.*: the entity type the card belongs to, in the examples. */
  entityTypeId?: number
  /** The `extras` the pages give (`dealCategoryId` of deals), with the examples' value. */
  extras?: Record<string, number>
  /** The layout the examples set and read. */
  sections: CardSection[]
}

const actions = ['get', 'set', 'reset', 'forceCommonScopeForAll'] as const

function listSiblings(owner: CardOwner, action: (typeof actions)[number]): string[] {
  return actions.filter((a) => a !== action).map((a) => `${owner.family}.details.configuration.${a}`)
}

const scopeParam = {
  name: 'scope',
  type: 'string',
  required: false,
  enum: [{ value: 'P' }, { value: 'C' }],
  description: {
    ru: 'Чьи настройки: `P` — личные (по умолчанию), `C` — общие для всех.',
    en: 'Whose settings: `P` personal (the default), `C` common to everyone.',
  },
} as const satisfies ParamInput

const userIdParam = {
  name: 'userId',
  type: 'integer',
  required: false,
  description: {
    ru: 'Пользователь, чьи личные настройки нужны; по умолчанию текущий.',
    en: 'The user whose personal settings are meant; the current user by default.',
  },
} as const satisfies ParamInput

const extrasProperties: Record<string, NonNullable<ParamInput['properties']>[number]> = {
  dealCategoryId: {
    name: 'dealCategoryId',
    type: 'integer',
    description: { ru: 'Воронка сделок (`crm.category.list`).', en: 'The deal pipeline (`crm.category.list`).' },
  },
  categoryId: {
    name: 'categoryId',
    type: 'integer',
    description: { ru: 'Воронка смарт-процесса (`crm.category.list`).', en: 'The smart process pipeline (`crm.category.list`).' },
  },
  leadCustomerType: {
    name: 'leadCustomerType',
    type: 'integer',
    description: { ru: 'Тип лидов: 1 — простые, 2 — повторные.', en: 'The kind of leads: 1 simple, 2 repeated.' },
  },
}

/** The parameters every method of the family takes before its own: entityTypeId (crm.item.*), then the scope. */
function createLeadParams(owner: CardOwner, withUser: boolean): ParamInput[] {
  const params: ParamInput[] = []
  if (owner.entityTypeId !== undefined)
    params.push({
      name: 'entityTypeId',
      type: 'integer',
      required: true,
      invalidError: 'entityTypeMissing',
      description: { ru: 'Тип объекта CRM, чья карточка настраивается.', en: 'The CRM object type whose card is configured.' },
    })
  if (withUser) params.push(userIdParam, scopeParam)
  if (owner.extras) {
    const names = owner.entityTypeId !== undefined ? Object.keys(extrasProperties) : Object.keys(owner.extras)
    params.push({
      name: 'extras',
      type: 'object',
      required: false,
      description: {
        ru: 'Какая именно карточка: воронка сделок или смарт-процесса, тип лидов.',
        en: 'Which card exactly: the pipeline of deals or of a smart process, the kind of leads.',
      },
      properties: names.map((n) => extrasProperties[n] as NonNullable<ParamInput['properties']>[number]),
    })
  }
  return params
}

const row = (id: string, text: string, ru: string, en: string, kind: ErrorRowInput['kind'] = 'invalidParams'): ErrorRowInput => ({
  id,
  code: '',
  status: 400,
  text,
  kind,
  when: { ru, en },
})

/** The rows every method answers: no right (and, for crm.item.*, no or an unknown entityTypeId). */
function createCommonRows(owner: CardOwner): ErrorRowInput[] {
  const rows = [
    row(
      'accessDenied',
      'Access denied.',
      'Нет права на эти настройки: чужие личные или общие настройки меняет только пользователь с правом «Разрешить изменять настройки»',
      "The user lacks the right: only a user allowed to change CRM settings touches common settings or another user's",
      'accessDenied',
    ),
  ]
  if (owner.entityTypeId === undefined) return rows
  return [
    row('entityTypeMissing', "Parameter 'entityTypeId' is not defined", '`entityTypeId` не передан', '`entityTypeId` is missing'),
    row(
      'entityTypeUnsupported',
      "The entity type 'entityTypeName' is not supported in current context.",
      'У объектов этого типа нет настраиваемой карточки',
      'Objects of this type have no configurable card',
    ),
    ...rows,
  ]
}

/** The params of the examples: the item's type and the deal's pipeline where the family takes them. */
function withOwnerParams(owner: CardOwner, params: Record<string, unknown>): Record<string, unknown> {
  return {
    ...(owner.entityTypeId !== undefined ? { entityTypeId: owner.entityTypeId } : {}),
    ...params,
    ...(owner.extras ? { extras: owner.extras } : {}),
  }
}

const method = (owner: CardOwner, action: string) => `${owner.family}.details.configuration.${action}`

/** The pages of contacts, companies, leads and deals send the user to crm.item.details.configuration.*. */
function deprecateForItem(owner: CardOwner, action: string): Pick<Spec, 'deprecated'> {
  return owner.entityTypeId === undefined ? { deprecated: createDeprecation(`crm.item.details.configuration.${action}`) } : {}
}

/** <owner>.details.configuration.get: the card's sections, personal or common. */
export function createCardGetSpec(owner: CardOwner): Spec {
  const name = method(owner, 'get')
  return {
    method: name,
    scope: 'crm',
    summary: { ru: `Получить настройки карточки ${owner.of.ru}`, en: `Get the ${owner.of.en} card settings` },
    description: {
      ru: `Метод \`${name}\` отдаёт раскладку карточки ${owner.of.ru}: разделы и поля в них, личную для пользователя или общую.`,
      en: `The \`${name}\` method answers the layout of the ${owner.of.en} card: its sections and their fields, personal to a user or common.`,
    },
    access: {
      description: {
        ru: 'любой пользователь — свои личные и общие настройки; чужие личные — пользователь с правом «Разрешить изменять настройки»',
        en: "any user, for their own personal and the common settings; another user's, a user allowed to change CRM settings",
      },
    },
    params: createLeadParams(owner, true),
    result: {
      type: 'array',
      description: {
        ru: 'Разделы карточки: `name`, `title`, `type`, `elements` (поля: `name`, `optionFlags`, `options`); `null`, если настроек нет',
        en: 'The card sections: `name`, `title`, `type`, `elements` (fields: `name`, `optionFlags`, `options`); `null` when there are no settings',
      },
    },
    errors: createCommonRows(owner),
    errorExample: 'accessDenied',
    examples: [
      {
        id: 'getCommonCard',
        title: { ru: 'Получить общие настройки карточки', en: 'Get the common card settings' },
        params: withOwnerParams(owner, { scope: 'C' }),
        result: owner.sections,
      },
    ],
    related: listSiblings(owner, 'get'),
    ...deprecateForItem(owner, 'get'),
    operation: { kind: 'example', entity: owner.entity },
  }
}

/** <owner>.details.configuration.set: writes the card's sections. */
export function createCardSetSpec(owner: CardOwner): Spec {
  const name = method(owner, 'set')
  return {
    method: name,
    scope: 'crm',
    summary: { ru: `Задать настройки карточки ${owner.of.ru}`, en: `Set the ${owner.of.en} card settings` },
    description: {
      ru: `Метод \`${name}\` записывает раскладку карточки ${owner.of.ru}: разделы по порядку и поля в каждом, личную для пользователя или общую.`,
      en: `The \`${name}\` method writes the layout of the ${owner.of.en} card: the sections in order and the fields of each, personal to a user or common.`,
    },
    access: {
      description: {
        ru: 'любой пользователь — свои личные настройки; общие и чужие — пользователь с правом «Разрешить изменять настройки»',
        en: "any user, for their own personal settings; the common or another user's, a user allowed to change CRM settings",
      },
    },
    params: [
      ...createLeadParams(owner, false),
      {
        name: 'data',
        type: 'array',
        required: true,
        invalidError: 'dataNotArray',
        description: {
          ru: 'Разделы по порядку: `name`, `title`, `type` = `section`, `elements` — поля (`name`, `optionFlags`: 1 — показывать всегда, `options`).',
          en: 'The sections in order: `name`, `title`, `type` = `section`, `elements`, the fields (`name`, `optionFlags`: 1 to always show, `options`).',
        },
        items: {
          type: 'object',
          properties: [
            { name: 'name', type: 'string', required: true },
            { name: 'title', type: 'string', required: true },
            { name: 'type', type: 'string', required: true, enum: [{ value: 'section' }] },
            { name: 'elements', type: 'array' },
          ],
        },
      },
      userIdParam,
      scopeParam,
    ],
    result: {
      type: 'boolean',
      const: true,
      description: { ru: '`true`, если настройки записаны', en: '`true` once the settings are written' },
    },
    errors: [
      ...createCommonRows(owner),
      row('dataNotArray', "Parameter 'data' must be array.", '`data` не массив', '`data` is not an array'),
      row(
        'dataNotList',
        'The data must be indexed array.',
        '`data` — объект с ключами, а не список',
        '`data` is a keyed object, not a list',
      ),
      row('dataEmpty', 'There are no data to write.', '`data` пуст', '`data` is empty'),
      row(
        'sectionType',
        "Section at index i has type data[i].type. The expected type is 'section'.",
        'У раздела `type` не `section`',
        'A section has a `type` other than `section`',
      ),
      row('sectionName', 'Section at index i does not have name.', 'У раздела пустой `name`', 'A section has an empty `name`'),
      row('sectionTitle', 'Section at index i does not have title.', 'У раздела пустой `title`', 'A section has an empty `title`'),
      row(
        'elementName',
        'Element at index j in section at index i does not have name.',
        'У поля в разделе пустой `name`',
        'A field of a section has an empty `name`',
      ),
    ],
    errorExample: 'dataEmpty',
    examples: [
      {
        id: 'setCommonCard',
        title: { ru: 'Задать общие настройки карточки', en: 'Set the common card settings' },
        params: withOwnerParams(owner, { scope: 'C', data: owner.sections }),
        result: true,
      },
    ],
    related: listSiblings(owner, 'set'),
    ...deprecateForItem(owner, 'set'),
    operation: { kind: 'example', entity: owner.entity },
  }
}

/** <owner>.details.configuration.reset: back to the default layout. */
export function createCardResetSpec(owner: CardOwner): Spec {
  const name = method(owner, 'reset')
  return {
    method: name,
    scope: 'crm',
    summary: { ru: `Сбросить настройки карточки ${owner.of.ru}`, en: `Reset the ${owner.of.en} card settings` },
    description: {
      ru: `Метод \`${name}\` возвращает карточке ${owner.of.ru} раскладку по умолчанию, личную для пользователя или общую.`,
      en: `The \`${name}\` method brings the ${owner.of.en} card back to its default layout, personal to a user or common.`,
    },
    access: {
      description: {
        ru: 'любой пользователь — свои личные настройки; общие и чужие — пользователь с правом «Разрешить изменять настройки»',
        en: "any user, for their own personal settings; the common or another user's, a user allowed to change CRM settings",
      },
    },
    params: createLeadParams(owner, true),
    result: {
      type: 'boolean',
      const: true,
      description: { ru: '`true`, если настройки сброшены', en: '`true` once the settings are reset' },
    },
    errors: createCommonRows(owner),
    errorExample: 'accessDenied',
    examples: [
      {
        id: 'resetCommonCard',
        title: { ru: 'Сбросить общие настройки карточки', en: 'Reset the common card settings' },
        params: withOwnerParams(owner, { scope: 'C' }),
        result: true,
      },
    ],
    related: listSiblings(owner, 'reset'),
    ...deprecateForItem(owner, 'reset'),
    operation: { kind: 'example', entity: owner.entity },
  }
}

/** <owner>.details.configuration.forceCommonScopeForAll: everyone gets the common layout. */
export function createCardForceCommonSpec(owner: CardOwner): Spec {
  const name = method(owner, 'forceCommonScopeForAll')
  return {
    method: name,
    scope: 'crm',
    summary: { ru: `Дать всем общую карточку ${owner.of.ru}`, en: `Give everyone the common ${owner.of.en} card` },
    description: {
      ru: `Метод \`${name}\` удаляет личные настройки карточки ${owner.of.ru} у всех пользователей, так что каждый видит общую.`,
      en: `The \`${name}\` method removes every user's personal ${owner.of.en} card settings, so that everyone sees the common one.`,
    },
    access: { description: { ru: 'пользователь с правом «Разрешить изменять настройки»', en: 'a user allowed to change CRM settings' } },
    params: createLeadParams(owner, false),
    result: {
      type: 'boolean',
      const: true,
      description: { ru: '`true`, если личные настройки удалены', en: '`true` once the personal settings are removed' },
    },
    errors: createCommonRows(owner),
    errorExample: 'accessDenied',
    examples: [
      {
        id: 'forceCommonCard',
        title: { ru: 'Дать всем общую карточку', en: 'Give everyone the common card' },
        params: withOwnerParams(owner, {}),
        result: true,
      },
    ],
    related: listSiblings(owner, 'forceCommonScopeForAll'),
    ...deprecateForItem(owner, 'forceCommonScopeForAll'),
    operation: { kind: 'example', entity: owner.entity },
  }
}
