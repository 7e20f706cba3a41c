/**
 * crm.requisite.preset.delete. Sources: the official pages
 * api-reference/crm/requisites/presets/crm-requisite-preset-delete.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `true` as result, the
 * not-found (its sample answer), in-use and `Access denied` rows. The page deletes preset 347, which
 * the default store holds and no requisite uses. The mock does not refuse a preset in use: the row is
 * there for the client, and conformance injects it.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, invalidIdRow } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createPresetAccess,
  createPresetNotFoundRow,
  explainPresetRows,
  listPresetSiblings,
  presetIdParam,
} from './shared/preset-method.js'

const inUseText = 'You cannot delete the template because requisites have already been created for it'

export default defineMethod({
  method: 'crm.requisite.preset.delete',
  scope: 'crm',
  summary: { ru: 'Удалить шаблон реквизитов', en: 'Delete a requisite preset' },
  description: {
    ru: 'Метод `crm.requisite.preset.delete` удаляет шаблон реквизитов, если по нему нет реквизитов.',
    en: 'The `crm.requisite.preset.delete` method deletes a requisite preset that no requisite uses.',
  },
  access: createPresetAccess('delete', 'удаления', 'delete'),
  params: [presetIdParam],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если шаблон удален', en: '`true` when the preset was deleted' },
  },
  errors: [
    invalidIdRow,
    createPresetNotFoundRow(347),
    {
      id: 'presetInUse',
      code: '',
      status: 400,
      text: { ru: 'Вы не можете удалить шаблон, так как по нему уже созданы реквизиты', en: inUseText },
      kind: 'invalidParams',
      when: { ru: 'По шаблону уже созданы реквизиты: сначала удалите их', en: 'Requisites use the preset: delete them first' },
    },
    createAccessDeniedRow('У пользователя нет права на удаление шаблона', 'The user may not delete the preset'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deletePreset347',
      title: { ru: 'Удалить шаблон с `id = 347`', en: 'Delete the preset with `id = 347`' },
      params: { id: 347 },
      result: true,
    },
  ],
  related: listPresetSiblings('crm.requisite.preset.delete'),
  operation: { kind: 'delete', entity: 'preset', by: 'id', cascade: false, notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...explainPresetRows({ presetInUse: inUseText }),
  {
    path: 'errors[invalidId]',
    docs: '(absent)',
    reason: 'the server checks `id` before it looks the preset up, as the requisite pages list; this page leaves the row out',
  },
]
