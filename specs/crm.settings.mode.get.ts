/**
 * crm.settings.mode.get. Sources: the official pages api-reference/crm/crm-settings-mode-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), no
 * parameters, the mode as result.
 * Example-backed: the mode is a portal setting the mock does not keep; it answers 1 (classic).
 */
import { defineMethod } from '@b24kit/spec'

export default defineMethod({
  method: 'crm.settings.mode.get',
  scope: 'crm',
  summary: { ru: 'Получить режим работы CRM', en: 'Get the CRM mode' },
  description: {
    ru: 'Метод `crm.settings.mode.get` возвращает текущий режим CRM: 1 — классический, 2 — простой.',
    en: 'The `crm.settings.mode.get` method returns the current CRM mode: 1 classic, 2 simple.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'integer',
    description: { ru: 'Режим (`crm.enum.settings.mode`)', en: 'The mode (`crm.enum.settings.mode`)' },
  },
  errors: [],
  errorExample: 'insufficientScope',
  examples: [
    {
      id: 'getCrmMode',
      title: { ru: 'Узнать режим CRM', en: 'Get the CRM mode' },
      params: {},
      result: 1,
    },
  ],
  related: [],
  operation: { kind: 'example' },
})
