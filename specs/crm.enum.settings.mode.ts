/**
 * crm.enum.settings.mode. Sources: the official pages api-reference/crm/auxiliary/enum/crm-enum-settings-mode.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call
 * it (any user), no parameters, the sample answer.
 * Example-backed: the answer is fixed by the portal, not kept in records the mock stores.
 */
import { defineMethod } from '@b24kit/spec'

export default defineMethod({
  method: 'crm.enum.settings.mode',
  scope: 'crm',
  summary: { ru: 'Получить режимы работы CRM', en: 'Get the CRM modes' },
  description: {
    ru: 'Метод `crm.enum.settings.mode` возвращает режимы работы CRM: классический и простой.',
    en: 'The `crm.enum.settings.mode` method returns the CRM modes: classic and simple.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'array',
    description: { ru: 'Режимы: `ID`, `NAME`', en: 'The modes: `ID`, `NAME`' },
  },
  errors: [],
  errorExample: 'insufficientScope',
  examples: [
    {
      id: 'listCrmModes',
      title: { ru: 'Получить режимы', en: 'Get the modes' },
      params: {},
      result: [
        { ID: 1, NAME: 'Classic CRM', SYMBOL_CODE: null, SYMBOL_CODE_SHORT: null },
        { ID: 2, NAME: 'Simple CRM', SYMBOL_CODE: null, SYMBOL_CODE_SHORT: null },
      ],
      time: {
        start: 1750153429.516902,
        finish: 1750153429.650327,
        duration: 0.13342499732971191,
        processing: 0.0002980232238769531,
        date_start: '2025-06-17T12:43:49+03:00',
        date_finish: '2025-06-17T12:43:49+03:00',
        operating_reset_at: 1750154029,
        operating: 0,
      },
    },
  ],
  related: [],
  operation: { kind: 'example' },
})
