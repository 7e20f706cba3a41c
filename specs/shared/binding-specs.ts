/**
 * The six specs of an owner-to-target relation family (crm.lead.contact.*, crm.quote.contact.*), one
 * builder each, as crm.deal.contact.* has them by hand: the same REST handler serves every such
 * family, so the parameters, answers and server rows are the deal pages' and only the owner, the
 * target and the default store's bindings differ (specs/shared/binding-families.ts). The mock keeps
 * the bindings beside the records (relation operations); `fields` answers its example.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import type { BindingFamily } from './binding-families.js'

type Spec = MethodSpecInput
type ParamInput = MethodSpecInput['params'][number]

/** One binding of the default store, as items.get answers it. */
export type MockSeedBinding = { SORT: number; ROLE_ID: number; IS_PRIMARY: 'Y' | 'N' } & Record<string, number | string>

const actions = ['add', 'delete', 'fields', 'items.get', 'items.set', 'items.delete'] as const

/** The other methods of the family, for one method's `related`. */
function listSiblings(f: BindingFamily, action: (typeof actions)[number]): string[] {
  return actions.filter((a) => a !== action).map((a) => `${f.family}.${a}`)
}

/** The owner's id: `ID` then `id`, cast like PHP's (int). */
function createOwnerIdParam(f: BindingFamily) {
  return {
    name: 'id',
    type: 'integer',
    required: true,
    spellings: ['ID', 'id'],
    coercion: 'php-int',
    minimum: 1,
    description: { ru: `Идентификатор ${f.ru.ownerGen}.`, en: `The ${f.en.owner} ID.` },
    sources: f.idSources,
    invalidError: 'invalidOwner',
  } as const satisfies ParamInput
}

/** The fields of one binding, as add and items.set take them and items.get answers them. */
function createBindingProperties(f: BindingFamily, required = false) {
  return [
    {
      name: f.key,
      type: 'integer',
      required: true,
      description: { ru: `Идентификатор привязываемого ${f.ru.targetGen}.`, en: `The ID of the ${f.en.target} to bind.` },
    },
    {
      name: 'IS_PRIMARY',
      type: 'string',
      required,
      enum: [{ value: 'Y' }, { value: 'N' }],
      description: {
        ru: `Главная ли это привязка: \`Y\` или \`N\`. Главной всегда бывает ровно одна привязка ${f.ru.ownerGen}.`,
        en: `Whether this is the primary binding: \`Y\` or \`N\`. A ${f.en.owner} always has exactly one primary binding.`,
      },
    },
    { name: 'SORT', type: 'integer', required, description: { ru: 'Индекс сортировки привязки.', en: 'The sort index of the binding.' } },
  ] as const satisfies NonNullable<ParamInput['properties']>
}

/** `The parameter ownerEntityID is invalid or not defined.`: add and delete quote the name, items.* do not. */
function createInvalidOwnerRow(quoted: boolean) {
  return {
    id: 'invalidOwner',
    code: '',
    status: 400,
    text: quoted ? "The parameter 'ownerEntityID' is invalid or not defined." : 'The parameter ownerEntityID is invalid or not defined.',
    kind: 'invalidParams',
    when: {
      ru: 'Параметр `id` не передан либо не является целым числом больше 0',
      en: 'The `id` parameter is missing, or is not an integer greater than 0',
    },
  } as const satisfies ErrorRowInput
}

/** The rows every method that names an owner shares: no right, no right on this owner, no such owner. */
function createOwnerRows(f: BindingFamily, permission: { ru: string; en: string }): ErrorRowInput[] {
  return [
    {
      id: 'accessDenied',
      code: '',
      status: 400,
      text: 'Access denied.',
      kind: 'accessDenied',
      when: {
        ru: `У пользователя нет права ${permission.ru} ${f.ru.ownersGen}`,
        en: `The user lacks the ${permission.en} permission on ${f.en.owners}`,
      },
    },
    {
      id: 'ownerAccessDenied',
      code: 'ACCESS_DENIED',
      status: f.ownerDeniedStatus,
      text: 'Access denied!',
      kind: 'accessDenied',
      when: {
        ru: `Права пользователя не распространяются на ${f.ru.thisOwner}`,
        en: `The user's permissions do not reach this particular ${f.en.owner}`,
      },
    },
    {
      id: 'notFound',
      code: '',
      status: 400,
      text: 'Not found.',
      kind: 'notFound',
      when: { ru: `У переданного \`id\` нет ${f.ru.ownerGen}`, en: `No ${f.en.owner} has the given \`id\`` },
    },
  ]
}

/** `The parameter 'fields' is not valid.`: a binding without a target id greater than 0. */
function createInvalidBindingRow(f: BindingFamily) {
  return {
    id: 'invalidBinding',
    code: '',
    status: 400,
    text: "The parameter 'fields' is not valid.",
    kind: 'invalidParams',
    when: { ru: `В привязке нет \`${f.key}\` либо он не больше 0`, en: `A binding has no \`${f.key}\`, or it is not greater than 0` },
  } as const satisfies ErrorRowInput
}

/** A parameter sent as something other than an object or a list. */
function createNotArrayRow(id: string, text: string, name: string) {
  return {
    id,
    code: '',
    status: 400,
    text,
    kind: 'invalidParams',
    when: {
      ru: `Параметр \`${name}\` не передан или не является объектом`,
      en: `The \`${name}\` parameter is missing or is not an object`,
    },
  } as const satisfies ErrorRowInput
}

const modify = { ru: '«изменения»', en: '"modify"' }

function createModifyAccess(
  f: BindingFamily,
  description = { ru: `пользователь с правом «изменения» ${f.ru.ownersGen}`, en: `a user with the "modify" permission on ${f.en.owners}` },
) {
  return { entity: f.owner, permission: 'update', description, deniedError: 'accessDenied' } as const
}

/** The relation operation of one action on the family's owner and target. */
function createOperation(f: BindingFamily, action: 'get' | 'set' | 'add' | 'delete' | 'clear', items?: string) {
  return {
    kind: 'relation',
    action,
    entity: f.owner,
    target: f.target,
    by: 'id',
    ...(items ? { items, itemInvalid: 'invalidBinding' } : {}),
    notFound: 'notFound',
  } as const
}

/** <family>.add: binds one target; `false` when it is bound already. */
export function createBindingAddSpec(f: BindingFamily): Spec {
  const bound = f.seed[0]?.[f.key] as number
  return {
    method: `${f.family}.add`,
    scope: 'crm',
    summary: { ru: `Привязать ${f.ru.targetAcc} к ${f.ru.ownerDat}`, en: `Bind a ${f.en.target} to a ${f.en.owner}` },
    description: {
      ru: `Метод \`${f.family}.add\` добавляет ${f.ru.ownerDat} одну привязку. Если такая привязка уже есть, ничего не меняется и метод отвечает \`false\`. Привязка с \`IS_PRIMARY = Y\` становится главной; без этого поля она главная, только если главной привязки ещё нет.`,
      en: `The \`${f.family}.add\` method adds one ${f.en.target} binding to a ${f.en.owner}. When the ${f.en.target} is bound already, nothing changes and the method answers \`false\`. A binding with \`IS_PRIMARY = Y\` becomes the primary one; without that field it is primary only when there is no primary binding yet.`,
    },
    access: createModifyAccess(f),
    params: [
      createOwnerIdParam(f),
      {
        name: 'fields',
        type: 'object',
        required: true,
        invalidError: 'fieldsNotArray',
        description: {
          ru: `Привязка: идентификатор ${f.ru.targetGen}, главная ли она, индекс сортировки.`,
          en: `The binding: which ${f.en.target}, whether primary, the sort index.`,
        },
        properties: [...createBindingProperties(f)],
      },
    ],
    result: {
      type: 'boolean',
      description: {
        ru: '`true`, если привязка добавлена; `false`, если она уже была',
        en: `\`true\` when the binding is added; \`false\` when the ${f.en.target} was bound already`,
      },
    },
    errors: [
      createInvalidOwnerRow(true),
      createNotArrayRow('fieldsNotArray', "The parameter 'fields' must be array.", 'fields'),
      ...createOwnerRows(f, modify),
      createInvalidBindingRow(f),
    ],
    errorExample: 'notFound',
    examples: [
      {
        id: `bind${f.unboundTargetId}`,
        title: {
          ru: `Привязать ${f.ru.targetAcc} ${f.unboundTargetId} к ${f.ru.ownerDat} ${f.ownerId} главным`,
          en: `Bind ${f.en.target} ${f.unboundTargetId} to ${f.en.owner} ${f.ownerId} as the primary one`,
        },
        params: { id: f.ownerId, fields: { [f.key]: f.unboundTargetId, IS_PRIMARY: 'Y', SORT: 30 } },
        result: true,
      },
      {
        id: `bindBound${bound}`,
        title: { ru: `Привязать ${f.ru.targetAcc} ${bound} ещё раз`, en: `Bind ${f.en.target} ${bound}, which is bound already` },
        params: { id: f.ownerId, fields: { [f.key]: bound } },
        result: false,
      },
    ],
    related: listSiblings(f, 'add'),
    operation: createOperation(f, 'add', 'fields'),
  }
}

/** <family>.delete: unbinds one target; `false` when it was not bound. */
export function createBindingDeleteSpec(f: BindingFamily): Spec {
  const bound = f.seed[0]?.[f.key] as number
  return {
    method: `${f.family}.delete`,
    scope: 'crm',
    summary: { ru: `Отвязать ${f.ru.targetAcc} от ${f.ru.ownerGen}`, en: `Unbind a ${f.en.target} from a ${f.en.owner}` },
    description: {
      ru: `Метод \`${f.family}.delete\` удаляет одну привязку ${f.ru.ownerGen} и отвечает \`false\`, если такой привязки не было. Если удалена главная привязка, главной становится первая из оставшихся.`,
      en: `The \`${f.family}.delete\` method removes the binding of one ${f.en.target} to a ${f.en.owner} and answers \`false\` when the ${f.en.target} was not bound. When the primary binding goes, the first binding left becomes primary.`,
    },
    access: createModifyAccess(f),
    params: [
      createOwnerIdParam(f),
      {
        name: 'fields',
        type: 'object',
        required: true,
        invalidError: 'fieldsNotArray',
        description: { ru: 'Какую привязку удалить.', en: `Which ${f.en.target} to unbind.` },
        properties: [
          {
            name: f.key,
            type: 'integer',
            required: true,
            description: { ru: `Идентификатор отвязываемого ${f.ru.targetGen}.`, en: `The ID of the ${f.en.target} to unbind.` },
          },
        ],
      },
    ],
    result: {
      type: 'boolean',
      description: {
        ru: '`true`, если привязка удалена; `false`, если её не было',
        en: `\`true\` when the binding is removed; \`false\` when the ${f.en.target} was not bound`,
      },
    },
    errors: [
      createInvalidOwnerRow(true),
      createNotArrayRow('fieldsNotArray', "The parameter 'item' must be array.", 'fields'),
      ...createOwnerRows(f, modify),
      createInvalidBindingRow(f),
    ],
    errorExample: 'notFound',
    examples: [
      {
        id: `unbind${bound}`,
        title: {
          ru: `Отвязать ${f.ru.targetAcc} ${bound} от ${f.ru.ownerGen} ${f.ownerId}`,
          en: `Unbind ${f.en.target} ${bound} from ${f.en.owner} ${f.ownerId}`,
        },
        params: { id: f.ownerId, fields: { [f.key]: bound } },
        result: true,
      },
      {
        id: `unbindUnbound${f.unboundTargetId}`,
        title: {
          ru: `Отвязать ${f.ru.targetAcc} ${f.unboundTargetId}: такой привязки нет`,
          en: `Unbind ${f.en.target} ${f.unboundTargetId}, which the ${f.en.owner} does not have`,
        },
        params: { id: f.ownerId, fields: { [f.key]: f.unboundTargetId } },
        result: false,
      },
    ],
    related: listSiblings(f, 'delete'),
    operation: createOperation(f, 'delete', 'fields'),
  }
}

/** <family>.items.get: the owner's bindings in SORT order. */
export function createBindingItemsGetSpec(f: BindingFamily): Spec {
  return {
    method: `${f.family}.items.get`,
    scope: 'crm',
    summary: { ru: `Получить ${f.ru.targetsAcc} ${f.ru.ownerGen}`, en: `Get the ${f.en.targets} of a ${f.en.owner}` },
    description: {
      ru: `Метод \`${f.family}.items.get\` отдаёт привязки ${f.ru.targetsGen} к ${f.ru.ownerDat}: идентификатор, индекс сортировки, роль и признак главной привязки. Привязки идут по возрастанию \`SORT\`.`,
      en: `The \`${f.family}.items.get\` method answers the ${f.en.target} bindings of a ${f.en.owner}: the ${f.en.target} ID, the sort index, the role and whether the binding is primary. Bindings come in ascending \`SORT\` order.`,
    },
    access: {
      entity: f.owner,
      permission: 'read',
      description: { ru: `пользователь с правом «чтения» ${f.ru.ownersGen}`, en: `a user with the "read" permission on ${f.en.owners}` },
      deniedError: 'accessDenied',
    },
    params: [createOwnerIdParam(f)],
    result: {
      type: 'array',
      description: {
        ru: 'Привязки; пустой массив, если их нет',
        en: `The ${f.en.owner}'s ${f.en.target} bindings; an empty array when it has none`,
      },
      items: {
        type: 'object',
        properties: [
          ...createBindingProperties(f, true),
          {
            name: 'ROLE_ID',
            type: 'integer',
            required: true,
            description: { ru: 'Роль (служебное поле, всегда 0).', en: 'The role (a system field, always 0).' },
          },
        ],
      },
    },
    errors: [createInvalidOwnerRow(false), ...createOwnerRows(f, { ru: '«чтения»', en: '"read"' })],
    errorExample: 'notFound',
    examples: [
      {
        id: `get${f.ownerId}Bindings`,
        title: {
          ru: `Получить ${f.ru.targetsAcc} ${f.ru.ownerGen} ${f.ownerId}`,
          en: `Get the ${f.en.targets} of ${f.en.owner} ${f.ownerId}`,
        },
        params: { id: f.ownerId },
        result: f.seed,
      },
    ],
    related: listSiblings(f, 'items.get'),
    operation: createOperation(f, 'get'),
  }
}

/** <family>.items.set: replaces every binding; the first `Y` (else the first) is primary. */
export function createBindingItemsSetSpec(f: BindingFamily): Spec {
  const [first, second] = f.seed.map((row) => row[f.key] as number)
  return {
    method: `${f.family}.items.set`,
    scope: 'crm',
    summary: { ru: `Заменить ${f.ru.targetsAcc} ${f.ru.ownerGen}`, en: `Replace the ${f.en.targets} of a ${f.en.owner}` },
    description: {
      ru: `Метод \`${f.family}.items.set\` заменяет все привязки ${f.ru.ownerGen} переданным набором. Если ни одна привязка не помечена главной, главной становится первая; если помечено несколько, главной остаётся первая из них. Пустой набор снимает все привязки.`,
      en: `The \`${f.family}.items.set\` method replaces all ${f.en.target} bindings of a ${f.en.owner} with the given set. When no binding is marked primary, the first one becomes primary; when several are, the first of them stays primary. An empty set unbinds every ${f.en.target}.`,
    },
    access: createModifyAccess(f),
    params: [
      createOwnerIdParam(f),
      {
        name: 'items',
        type: 'array',
        required: true,
        invalidError: 'itemsNotArray',
        description: {
          ru: 'Новый набор привязок. Без `SORT` привязка получает `(i + 1) * 10`, где `i` — её номер в наборе с нуля.',
          en: 'The new set of bindings. A binding without `SORT` gets `(i + 1) * 10`, where `i` is its zero-based place in the set.',
        },
        items: { type: 'object', properties: [...createBindingProperties(f)] },
      },
    ],
    result: {
      type: 'boolean',
      const: true,
      description: { ru: '`true`, если привязки заменены', en: '`true` once the bindings are replaced' },
    },
    errors: [
      createInvalidOwnerRow(false),
      {
        ...createNotArrayRow('itemsNotArray', 'The parameter items must be array.', 'items'),
        when: { ru: 'Параметр `items` не передан или не является массивом', en: 'The `items` parameter is missing or is not an array' },
      },
      createInvalidBindingRow(f),
      ...createOwnerRows(f, modify),
    ],
    errorExample: 'notFound',
    examples: [
      {
        id: `set${f.ownerId}Bindings`,
        title: {
          ru: `Привязать к ${f.ru.ownerDat} ${f.ownerId} ${f.ru.targetsAcc} ${second} и ${f.unboundTargetId}`,
          en: `Bind ${f.en.targets} ${second} and ${f.unboundTargetId} to ${f.en.owner} ${f.ownerId}`,
        },
        params: {
          id: f.ownerId,
          items: [
            { [f.key]: second, SORT: 10, IS_PRIMARY: 'Y' },
            { [f.key]: f.unboundTargetId, SORT: 20 },
          ],
        },
        result: true,
      },
      {
        id: `set${f.ownerId}Unsorted`,
        title: {
          ru: `Привязать ${f.ru.targetAcc} ${first} без индекса сортировки`,
          en: `Bind ${f.en.target} ${first} without a sort index`,
        },
        params: { id: f.ownerId, items: [{ [f.key]: first }] },
        result: true,
      },
    ],
    related: listSiblings(f, 'items.set'),
    operation: createOperation(f, 'set', 'items'),
  }
}

/** <family>.items.delete: removes every binding; the targets themselves stay. */
export function createBindingItemsDeleteSpec(f: BindingFamily): Spec {
  return {
    method: `${f.family}.items.delete`,
    scope: 'crm',
    summary: { ru: `Отвязать все ${f.ru.targetsAcc} от ${f.ru.ownerGen}`, en: `Unbind every ${f.en.target} from a ${f.en.owner}` },
    description: {
      ru: `Метод \`${f.family}.items.delete\` удаляет все привязки ${f.ru.ownerGen}. Сами ${f.ru.targetsAcc} остаются.`,
      en: `The \`${f.family}.items.delete\` method removes every ${f.en.target} binding of a ${f.en.owner}. The ${f.en.targets} themselves stay.`,
    },
    access: createModifyAccess(f, {
      ru: `пользователь с правами «чтения» и «изменения» ${f.ru.ownersGen}`,
      en: `a user with the "read" and "modify" permissions on ${f.en.owners}`,
    }),
    params: [createOwnerIdParam(f)],
    result: {
      type: 'boolean',
      const: true,
      description: { ru: '`true`, если привязки удалены', en: '`true` once the bindings are removed' },
    },
    errors: [createInvalidOwnerRow(false), ...createOwnerRows(f, { ru: '«чтения» или «изменения»', en: '"read" or "modify"' })],
    errorExample: 'notFound',
    examples: [
      {
        id: `clear${f.ownerId}Bindings`,
        title: {
          ru: `Отвязать все ${f.ru.targetsAcc} от ${f.ru.ownerGen} ${f.ownerId}`,
          en: `Unbind every ${f.en.target} from ${f.en.owner} ${f.ownerId}`,
        },
        params: { id: f.ownerId },
        result: true,
      },
    ],
    related: listSiblings(f, 'items.delete'),
    operation: createOperation(f, 'clear'),
  }
}

const describeField = (type: string, isRequired: boolean, title: string) => ({
  type,
  isRequired,
  isReadOnly: false,
  isImmutable: false,
  isMultiple: false,
  isDynamic: false,
  title,
})

/** <family>.fields: the fixed fields of a binding, titled as an English portal titles them (example-backed). */
export function createBindingFieldsSpec(f: BindingFamily, targetTitle: string): Spec {
  return {
    method: `${f.family}.fields`,
    scope: 'crm',
    summary: { ru: `Поля привязки ${f.ru.targetGen} к ${f.ru.ownerDat}`, en: `Fields of a ${f.en.owner}-${f.en.target} binding` },
    description: {
      ru: `Метод \`${f.family}.fields\` описывает поля привязки ${f.ru.targetGen} к ${f.ru.ownerDat}: тип, обязательность, доступность для изменения и название каждого поля.`,
      en: `The \`${f.family}.fields\` method describes the fields of a ${f.en.owner}-${f.en.target} binding: the type of each field, whether it is required or writable, and its title.`,
    },
    access: { description: { ru: 'любой пользователь', en: 'any user' } },
    params: [],
    result: {
      type: 'object',
      description: {
        ru: 'Поля привязки: имя поля — его описание (`type`, `isRequired`, `isReadOnly`, `isImmutable`, `isMultiple`, `isDynamic`, `title`)',
        en: 'The binding fields: each field name to its description (`type`, `isRequired`, `isReadOnly`, `isImmutable`, `isMultiple`, `isDynamic`, `title`)',
      },
    },
    errors: [],
    errorExample: 'insufficientScope',
    examples: [
      {
        id: 'describeBindingFields',
        title: { ru: 'Получить поля привязки', en: 'Get the binding fields' },
        params: {},
        result: {
          SORT: describeField('integer', false, 'Sorting'),
          IS_PRIMARY: describeField('char', false, 'Primary'),
          [f.key]: describeField('integer', true, targetTitle),
        },
      },
    ],
    related: listSiblings(f, 'fields'),
    operation: { kind: 'example', entity: f.owner },
  }
}
