/**
 * The CRM directories' items (crm.status.*): stages, sources, contact types... one table, each item
 * marked with its directory's ENTITY_ID. Fields: the official page
 * api-reference/crm/status/crm-status-fields.md (names, flags). Two differ on purpose, because the
 * field model has no type for them: SEMANTICS holds `S`/`F`/null, not a `Y`/`N` flag, so it is typed
 * `string` (the page says `char`); EXTRA (`crm_status_extra`, an object the portal derives from
 * SEMANTICS and COLOR) is left out of the records. crm.status.fields answers the page's list as is.
 */
import { defineEntity } from '@b24kit/spec'
import { type Field, field, readOnly } from './field.js'

export const statusFields: Field[] = [
  field('ID', 'integer', 'ID', 'ID', readOnly),
  field('ENTITY_ID', 'string', 'Справочник', 'Directory', { isRequired: true, isImmutable: true }),
  field('STATUS_ID', 'string', 'Код элемента', 'Item code', { isRequired: true, isImmutable: true }),
  field('NAME', 'string', 'Название', 'Name', { isRequired: true }),
  field('NAME_INIT', 'string', 'Название по умолчанию', 'Default name', readOnly),
  field('SORT', 'integer', 'Сортировка', 'Sort'),
  field('SYSTEM', 'char', 'Системный', 'System', { ...readOnly, fill: { source: 'default', on: 'add', value: 'N' } }),
  field('CATEGORY_ID', 'integer', 'Воронка', 'Pipeline', { isImmutable: true }),
  field('COLOR', 'string', 'Цвет', 'Color'),
  field('SEMANTICS', 'string', 'Семантика', 'Semantics', { isImmutable: true }),
]

const dealStage = (id: number, statusId: string, name: string, sort: number, color: string, system: boolean, semantics: string | null) => ({
  ID: id,
  ENTITY_ID: 'DEAL_STAGE',
  STATUS_ID: statusId,
  NAME: name,
  NAME_INIT: system ? name : '',
  SORT: sort,
  SYSTEM: system ? 'Y' : 'N',
  CATEGORY_ID: null,
  COLOR: color,
  SEMANTICS: semantics,
})

/**
 * The default store: the deal stages of the general pipeline crm.status.list's page lists (101-115),
 * the stage 733 of a smart process pipeline crm.status.get's page answers, and item 123, which the
 * update and delete pages change without showing it (a lead source here).
 */
export const status = defineEntity({
  name: 'status',
  title: { ru: 'Элемент справочника', en: 'Directory item' },
  idField: 'ID',
  fields: statusFields,
  seed: [
    dealStage(101, 'NEW', 'New', 10, '#39A8EF', true, null),
    dealStage(103, 'PREPARATION', 'Document preparation', 20, '#2FC6F6', false, null),
    dealStage(105, 'PREPAYMENT_INVOICE', 'Prepayment invoice', 30, '#55D0E0', false, null),
    dealStage(107, 'EXECUTING', 'In progress', 40, '#47E4C2', false, null),
    dealStage(109, 'FINAL_INVOICE', 'Final invoice', 50, '#FFA900', false, null),
    dealStage(111, 'WON', 'Deal successful', 60, '#7BD500', true, 'S'),
    dealStage(113, 'LOSE', 'Deal failed', 70, '#FF5752', true, 'F'),
    dealStage(115, 'APOLOGY', 'Failure reason analysis', 80, '#FF5752', false, 'F'),
    {
      ID: 123,
      ENTITY_ID: 'SOURCE',
      STATUS_ID: 'RECOMMENDATION',
      NAME: 'Recommendation',
      NAME_INIT: '',
      SORT: 70,
      SYSTEM: 'N',
      CATEGORY_ID: null,
      COLOR: null,
      SEMANTICS: null,
    },
    {
      ID: 733,
      ENTITY_ID: 'DYNAMIC_1038_STAGE_37',
      STATUS_ID: 'DT1038_37:SUCCESS',
      NAME: 'Success',
      NAME_INIT: 'Success',
      SORT: 40,
      SYSTEM: 'Y',
      CATEGORY_ID: 37,
      COLOR: '#00ff00',
      SEMANTICS: 'S',
    },
  ],
})
