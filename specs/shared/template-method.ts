/**
 * What the crm.documentgenerator.template.* methods share: the `id` and `fields` parameters, the
 * not-found row and template 41 as the pages' answers print it. Sources: the official pages
 * api-reference/crm/document-generator/templates/ in bitrix24/b24restdocs and bitrix-tools/b24-rest-docs.
 *
 * The mock answers these methods from their examples rather than keeping templates in its store: add
 * and update take the template file itself (`["name.docx", "base64"]`), answers carry download links
 * the portal derives from the file, list answers templates keyed by id where the engine's lists are
 * arrays, and get prints `users` as a map where list prints an array.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import { createDocgenAccessRow, createDocgenIdParam } from './document-generator.js'

type Param = MethodSpecInput['params'][number]

/** The template id (crm.documentgenerator.template.list and .add answer it). */
export const templateIdParam = createDocgenIdParam('Идентификатор шаблона.', 'The template ID.', [
  'crm.documentgenerator.template.list',
  'crm.documentgenerator.template.add',
])

/** Code 0 `Template not found`, which the portal translates: no template has the id, or it is out of reach. */
export const templateNotFoundRow = {
  id: 'notFound',
  code: '0',
  status: 400,
  text: { ru: 'Шаблон не найден', en: 'Template not found' },
  kind: 'notFound',
  when: { ru: 'Шаблон с переданным `id` не найден или недоступен', en: 'No template has the given `id`, or it is out of reach' },
} as const satisfies ErrorRowInput

/** `DOCGEN_ACCESS_ERROR` on the template pages. */
export const templateOutOfReachRow = createDocgenAccessRow('Нет доступа к шаблону', 'The template is out of reach')

/** Code 0 `Could not save file`: the portal failed to store the template file. */
export const fileNotSavedRow = {
  id: 'fileNotSaved',
  code: '0',
  status: 400,
  text: 'Could not save file',
  kind: 'serverError',
  when: { ru: 'Портал не смог сохранить файл шаблона', en: 'The portal could not store the template file' },
} as const satisfies ErrorRowInput

/** The `fields` of add (all required but the last four) and update (any of them). */
export function createTemplateFieldsParam(required: boolean): Param {
  return {
    name: 'fields',
    type: 'object',
    required,
    properties: [
      { name: 'name', type: 'string', required, description: { ru: 'Название', en: 'The name' } },
      {
        name: 'file',
        type: 'array',
        required,
        items: { type: 'string' },
        description: { ru: 'Файл шаблона: `["имя.docx", "base64"]`', en: 'The template file: `["name.docx", "base64"]`' },
      },
      { name: 'numeratorId', type: 'integer', required, description: { ru: 'Нумератор', en: 'The numerator' } },
      {
        name: 'region',
        type: 'string',
        required,
        description: { ru: 'Регион шаблона, например `ru`', en: 'The template region, such as `ru`' },
      },
      {
        name: 'entityTypeId',
        type: 'array',
        required,
        items: { type: 'string' },
        description: {
          ru: 'Типы объектов CRM, для которых доступен шаблон, с воронкой через `_category_` (`2_category_0`)',
          en: 'The CRM object types the template serves, a pipeline after `_category_` (`2_category_0`)',
        },
      },
      {
        name: 'users',
        type: 'array',
        items: { type: 'string' },
        description: { ru: 'Коды доступа, например `UA` (все)', en: 'Access codes, such as `UA` (everyone)' },
      },
      { name: 'active', type: 'string', enum: [{ value: 'Y' }, { value: 'N' }], description: { ru: 'Активен', en: 'Active' } },
      {
        name: 'withStamps',
        type: 'string',
        enum: [{ value: 'Y' }, { value: 'N' }],
        description: { ru: 'С печатями и подписями', en: 'With stamps and signatures' },
      },
      { name: 'sort', type: 'integer', description: { ru: 'Индекс сортировки', en: 'The sort index' } },
    ],
    description: { ru: 'Поля шаблона', en: 'The template fields' },
  }
}

/** A template's answer wrapped in `template` (add, get, update). */
export const wrappedTemplateResult: Pick<MethodSpecInput['result'], 'type' | 'properties'> = {
  type: 'object',
  properties: [{ name: 'template', type: 'object', required: true, description: { ru: 'Шаблон', en: 'The template' } }],
}

const downloadLink = 'https://mysite.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.template.download&SITE_ID=s1&id=41'

/** Template 41 as the add, get and update pages print it (ids and numbers as strings, `users` as a map). */
export function createTemplate41(name: string, updateTime: string) {
  return {
    id: '41',
    name,
    region: 'de',
    code: null,
    download: downloadLink,
    downloadMachine: 'https://mysite.com/rest/crm.documentgenerator.template.download.json?auth=***&token=***',
    active: 'Y',
    moduleId: 'crm',
    numeratorId: '49',
    withStamps: 'N',
    users: { UA: 'UA' },
    isDeleted: 'N',
    sort: '500',
    entityTypeId: ['2'],
    createTime: '2026-03-18T15:54:20+03:00',
    updateTime,
  }
}
