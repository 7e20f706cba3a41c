/**
 * A small spec set for the client emitter's golden files: a deprecated method with a parameter of
 * every type, a sibling and a method of another scope (to shape the tree), two system errors and
 * a record type.
 */
import { parseMethodSpec, parseSharedSpecs, type SpecSet, validateSpecSet } from '@b24kit/spec'

const when = { ru: 'когда', en: 'when' }

const itemDelete = {
  method: 'demo.item.delete',
  scope: 'demo',
  summary: { ru: 'Удалить элемент', en: 'Delete an item' },
  description: { ru: 'Удаляет элемент.', en: "Deletes an item and what's linked to it (*/ stays in the comment)." },
  access: {
    entity: 'item',
    permission: 'delete',
    description: { ru: 'с правом удаления', en: 'with the delete right' },
    deniedError: 'denied',
  },
  params: [
    {
      name: 'id',
      type: 'integer',
      required: true,
      spellings: ['ID', 'id'],
      coercion: 'php-int',
      minimum: 1,
      description: { ru: 'Ид.', en: 'Id.' },
      sources: ['demo.item.list'],
      invalidError: 'badId',
    },
    { name: 'note', type: 'string', required: false, description: { ru: 'Заметка', en: 'A note' } },
    { name: 'force', type: 'boolean', required: false, description: { ru: 'Сразу', en: 'At once' } },
    { name: 'weight', type: 'number', required: false, description: { ru: 'Вес', en: 'Weight' } },
    { name: 'tags', type: 'array', required: false, description: { ru: 'Метки', en: 'Tags' } },
    { name: 'fields', type: 'object', required: false, description: { ru: 'Поля', en: 'Fields' } },
  ],
  result: { type: 'boolean', const: true, description: { ru: 'Успех', en: 'Success' } },
  errors: [
    { id: 'badId', code: '', status: 400, text: "ID isn't valid.", kind: 'invalidParams', when },
    { id: 'denied', code: '', status: 400, text: 'Access denied.', kind: 'accessDenied', when },
    { id: 'notFound', code: 'ERROR_CORE', status: 400, text: { ru: 'Не найдено', en: 'Not found' }, kind: 'notFound', when },
  ],
  errorExample: 'badId',
  examples: [{ id: 'deleteOne', title: { ru: 'Удалить', en: 'Delete item 7' }, params: { id: 7 }, result: true }],
  deprecated: { replacement: 'demo.entity.delete', note: { ru: 'Устарел.', en: 'Deprecated: use `demo.entity.delete`.' } },
  operation: { kind: 'delete', entity: 'item', by: 'id', cascade: true, notFound: 'notFound' },
}

const folderDelete = {
  ...itemDelete,
  method: 'demo.folder.delete',
  summary: { ru: 'Удалить папку', en: 'Delete a folder' },
  params: [itemDelete.params[0]],
  deprecated: undefined,
  operation: { kind: 'delete', entity: 'item', by: 'id', cascade: false, notFound: 'notFound' },
}

const taskDelete = {
  ...folderDelete,
  method: 'tasks.task.delete',
  scope: 'tasks',
  summary: { ru: 'Удалить задачу', en: 'Delete a task' },
  params: [{ ...itemDelete.params[0], name: 'taskId', spellings: undefined, invalidError: undefined }],
  operation: { kind: 'delete', entity: 'item', by: 'taskId', cascade: false, notFound: 'notFound' },
  examples: [{ id: 'deleteOne', title: { ru: 'Удалить', en: 'Delete task 3' }, params: { taskId: 3 }, result: true }],
}

const shared = {
  systemErrors: [
    { id: 'queryLimitExceeded', code: 'QUERY_LIMIT_EXCEEDED', status: 503, text: 'Too many requests', kind: 'rateLimited', when },
    { id: 'methodNotFound', code: 'ERROR_METHOD_NOT_FOUND', status: 404, text: 'Method not found!', kind: 'methodNotFound', when },
  ],
  types: [
    {
      name: 'time',
      description: { ru: 'Время', en: 'Timing' },
      fields: [
        { name: 'start', type: 'number', format: 'unix-seconds', description: { ru: 'Начало', en: 'Start' } },
        { name: 'date_start', type: 'string', format: 'date-time', description: { ru: 'Начало', en: 'Start' } },
        { name: 'operating', type: 'number', optional: true, description: { ru: 'Израсходовано', en: 'Used' } },
      ],
    },
  ],
  entities: [{ name: 'item', title: { ru: 'Элемент', en: 'Item' }, idField: 'ID' }],
}

/** Parses the fixture through the real validator, so defaults are filled as the generator fills them. */
export function loadSmallSpecs(): SpecSet {
  const parsedShared = parseSharedSpecs('specs/shared/index.ts', shared)
  if (!parsedShared.ok) throw new Error(JSON.stringify(parsedShared.issues))
  const methods = [itemDelete, folderDelete, taskDelete].map((input) => {
    const file = `specs/${input.method}.ts`
    const parsed = parseMethodSpec(file, JSON.parse(JSON.stringify(input)))
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
    return { file, spec: parsed.value }
  })
  return validateSpecSet(methods, parsedShared.value)
}

/** The fixture's method spec by name. */
export function getSmallSpec(method: string) {
  const found = loadSmallSpecs().methods.find((m) => m.spec.method === method)
  if (!found) throw new Error(`no fixture method ${method}`)
  return found.spec
}
