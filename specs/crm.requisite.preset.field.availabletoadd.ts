/**
 * crm.requisite.preset.field.availabletoadd. Sources: the official pages
 * api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-available-to-add.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, any user may call it, `preset`, the field names as
 * result, the template-not-found row (worded per language, its sample answers). Example-backed
 * (specs/shared/preset-method.ts): the page asks what preset 27 can still take; another preset
 * answers the not-found row.
 */
import { defineMethod } from '@b24kit/spec'
import { type DocsDifference, keepTextsFromCodeColumn } from './shared/docs-differences.js'
import { listPresetFieldSiblings, presetRefParam } from './shared/preset-method.js'

export default defineMethod({
  method: 'crm.requisite.preset.field.availabletoadd',
  scope: 'crm',
  summary: { ru: 'Получить поля, доступные для добавления в шаблон', en: 'Get the fields a preset can still take' },
  description: {
    ru: 'Метод `crm.requisite.preset.field.availabletoadd` возвращает имена полей, которых еще нет в шаблоне реквизитов и которые можно в него добавить.',
    en: 'The `crm.requisite.preset.field.availabletoadd` method returns the names of the fields a requisite preset does not have yet and can take.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [presetRefParam],
  result: { type: 'array', description: { ru: 'Имена полей', en: 'The field names' } },
  errors: [
    {
      id: 'presetNotFound',
      code: '',
      status: 400,
      text: { ru: 'Шаблон не найден.', en: 'Template not found.' },
      kind: 'notFound',
      when: { ru: 'Шаблон из `preset` не найден', en: 'No preset has the ID given in `preset`' },
    },
  ],
  errorExample: 'presetNotFound',
  examples: [
    {
      id: 'availableToPreset27',
      title: { ru: 'Поля, которые можно добавить в шаблон 27', en: 'The fields preset 27 can still take' },
      params: { preset: { ID: 27 } },
      result: [
        'RQ_FIRST_NAME',
        'RQ_LAST_NAME',
        'RQ_SECOND_NAME',
        'RQ_COMPANY_NAME',
        'RQ_COMPANY_FULL_NAME',
        'RQ_COMPANY_REG_DATE',
        'RQ_DIRECTOR',
        'RQ_ACCOUNTANT',
        'RQ_ADDR',
        'RQ_CONTACT',
        'RQ_EMAIL',
        'RQ_PHONE',
        'RQ_FAX',
        'RQ_IDENT_DOC',
        'RQ_IDENT_DOC_SER',
        'RQ_IDENT_DOC_NUM',
        'RQ_IDENT_DOC_DATE',
        'RQ_IDENT_DOC_ISSUED_BY',
        'RQ_IDENT_DOC_DEP_CODE',
        'RQ_INN',
        'RQ_KPP',
        'RQ_IFNS',
        'RQ_OGRN',
        'RQ_OGRNIP',
        'RQ_OKPO',
        'RQ_OKTMO',
        'RQ_OKVED',
        'RQ_ST_CERT_SER',
        'RQ_ST_CERT_NUM',
        'RQ_ST_CERT_DATE',
        'RQ_SIGNATURE',
        'RQ_STAMP',
        'UF_CRM_1707997209',
        'UF_CRM_1707997236',
        'UF_CRM_1707997253',
        'UF_CRM_1708012333',
      ],
    },
  ],
  related: listPresetFieldSiblings('crm.requisite.preset.field.availabletoadd'),
  operation: { kind: 'example', entity: 'preset', noMatch: 'presetNotFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepTextsFromCodeColumn({ presetNotFound: 'Template not found' })
