/**
 * crm.status.add. Sources: the official pages api-reference/crm/status/crm-status-add.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it
 * (a CRM administrator), `fields`, the new id as result and the eight error rows with their texts
 * (the title row is worded differently per portal language). The page's example adds a stage to
 * pipeline 1 and answers the portal's id 773; here the answer is the next id after the default
 * store's item 733.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createStatusAdminAccess, createStatusDeniedRow, listStatusSiblings } from './shared/status-method.js'

const invalid = (id: string, text: string | { ru: string; en: string }, ru: string, en: string, code = '') =>
  ({ id, code, status: 400, text, kind: 'invalidParams', when: { ru, en } }) as const

export default defineMethod({
  method: 'crm.status.add',
  scope: 'crm',
  summary: { ru: 'Добавить элемент справочника', en: 'Add a directory item' },
  description: {
    ru: 'Метод `crm.status.add` добавляет элемент в справочник CRM (например, стадию воронки) и возвращает его идентификатор.',
    en: 'The `crm.status.add` method adds an item to a CRM directory (a pipeline stage, say) and returns its ID.',
  },
  access: createStatusAdminAccess('add'),
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля элемента (`crm.status.fields`): `ENTITY_ID`, `STATUS_ID` и `NAME` обязательны.',
        en: 'The item fields (`crm.status.fields`): `ENTITY_ID`, `STATUS_ID` and `NAME` are required.',
      },
    },
  ],
  result: { type: 'integer', description: { ru: 'Идентификатор нового элемента', en: 'The new item ID' } },
  errors: [
    invalid(
      'requiredIds',
      'The field ENTITY_ID is required., The field STATUS_ID is required.',
      'Не передан `ENTITY_ID` или `STATUS_ID` (без обоих приходят оба текста)',
      '`ENTITY_ID` or `STATUS_ID` is missing (without both, both texts come)',
    ),
    invalid('fieldsNotArray', "Parameter 'fields' must be array.", '`fields` не объект', '`fields` is not an object'),
    invalid(
      'entityNotSupported',
      'Specified entity type is not supported.',
      '`ENTITY_ID` не называет справочник CRM',
      '`ENTITY_ID` names no CRM directory',
    ),
    invalid(
      'titleRequired',
      { ru: 'Не заполнено обязательное поле "Заголовок"', en: 'The field Title is required.' },
      'Не передано название `NAME`',
      'The name `NAME` is missing',
    ),
    invalid(
      'afterFinalStage',
      {
        ru: 'Нельзя создать промежуточную стадию после успешной',
        en: 'Cannot create more stages after the final stage because the final successful stage already exists. Try using sort order values less than that of the final stage.',
      },
      'Для стадий сделок `SORT` больше, чем у стадии `WON`',
      'For deal stages, `SORT` is above that of the `WON` stage',
    ),
    createStatusDeniedRow('У пользователя нет права менять настройки CRM', 'The user may not change the CRM settings'),
    {
      id: 'notCreated',
      code: '',
      status: 400,
      text: 'Error on creating status.',
      kind: 'serverError',
      when: { ru: 'Элемент не создан, причину портал не сообщил', en: 'The item was not created and the portal gave no reason' },
    },
    invalid(
      'duplicateStatusId',
      { ru: 'Указанный идентификатор статуса, уже существует.', en: 'The specified status ID already exists.' },
      'В справочнике уже есть элемент с таким `STATUS_ID`',
      'The directory already has an item with this `STATUS_ID`',
      'ERROR_CORE',
    ),
  ],
  errorExample: 'requiredIds',
  examples: [
    {
      id: 'addDealStage',
      title: { ru: 'Добавить стадию в воронку сделок 1', en: 'Add a stage to deal pipeline 1' },
      params: {
        fields: { ENTITY_ID: 'DEAL_STAGE_1', STATUS_ID: 'DECISION', NAME: 'Decision making', SORT: 70, COLOR: '#FFA900' },
      },
      result: 734,
    },
  ],
  related: [...listStatusSiblings('crm.status.add'), 'crm.status.entity.types'],
  operation: { kind: 'add', entity: 'status', fields: 'fields' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
