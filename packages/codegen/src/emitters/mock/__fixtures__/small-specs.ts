/** A small spec set for the mock emitter's golden files: one method, two system errors, two entities. */
import { parseMethodSpec, parseSharedSpecs, type SpecSet, validateSpecSet } from '@b24kit/spec'

const method = {
  method: 'demo.item.delete',
  scope: 'demo',
  summary: { ru: 'Удалить элемент', en: 'Delete an item' },
  description: { ru: 'Удаляет элемент.', en: "Deletes an item and what's linked to it." },
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
      invalidError: 'badId',
    },
    { name: 'note', type: 'string', required: false, description: { ru: 'Заметка', en: 'A note' } },
  ],
  result: { type: 'boolean', const: true, description: { ru: 'Успех', en: 'Success' } },
  errors: [
    {
      id: 'notFound',
      code: 'ERROR_CORE',
      status: 400,
      text: { ru: 'Не найдено', en: 'Not found' },
      kind: 'notFound',
      when: { ru: 'нет', en: 'none' },
    },
    { id: 'badId', code: '', status: 400, text: "ID isn't valid.", kind: 'invalidParams', when: { ru: 'плохой', en: 'bad' } },
    { id: 'denied', code: '', status: 400, text: 'Access denied.', kind: 'accessDenied', when: { ru: 'нет прав', en: 'no right' } },
  ],
  errorExample: 'badId',
  examples: [{ id: 'deleteOne', title: { ru: 'Удалить', en: 'Delete' }, params: { id: 7 }, result: true }],
  operation: { kind: 'delete', entity: 'item', by: 'id', cascade: true, notFound: 'notFound' },
}

const shared = {
  systemErrors: [
    {
      id: 'queryLimitExceeded',
      code: 'QUERY_LIMIT_EXCEEDED',
      status: 503,
      text: 'Too many requests',
      kind: 'rateLimited',
      when: { ru: 'лимит', en: 'limit' },
    },
    {
      id: 'methodNotFound',
      code: 'ERROR_METHOD_NOT_FOUND',
      status: 404,
      text: 'Method not found!',
      kind: 'methodNotFound',
      when: { ru: 'нет метода', en: 'no method' },
    },
  ],
  types: [],
  entities: [
    {
      name: 'item',
      title: { ru: 'Элемент', en: 'Item' },
      idField: 'ID',
      linked: [{ entity: 'note', field: 'ITEM_ID' }],
      seed: [{ ID: 7, NAME: "O'Brien" }],
    },
    { name: 'note', title: { ru: 'Заметка', en: 'Note' }, idField: 'ID' },
  ],
}

/** Parses the fixture through the real validator, so defaults are filled as the generator fills them. */
export function loadSmallSpecs(): SpecSet {
  const parsedMethod = parseMethodSpec('demo.item.delete.ts', method)
  const parsedShared = parseSharedSpecs('shared/index.ts', shared)
  if (!parsedMethod.ok || !parsedShared.ok) throw new Error('the small fixture must be valid')
  return validateSpecSet([{ file: 'specs/demo.item.delete.ts', spec: parsedMethod.value }], parsedShared.value)
}
