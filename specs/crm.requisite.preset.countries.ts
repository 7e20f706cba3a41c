/**
 * crm.requisite.preset.countries. Sources: the official pages
 * api-reference/crm/requisites/presets/crm-requisite-preset-countries.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, any user may call it, no parameters, the
 * countries (`ID`, `CODE`, `TITLE`) as result. Example-backed: the list is the portal's directory, which
 * no method changes; the answer is the page's sample as printed (country 1 is Russia, code `RU`; the
 * English sample titles it "United States").
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { listPresetSiblings } from './shared/preset-method.js'

export default defineMethod({
  method: 'crm.requisite.preset.countries',
  scope: 'crm',
  summary: { ru: 'Получить страны для шаблонов реквизитов', en: 'Get the countries of requisite presets' },
  description: {
    ru: 'Метод `crm.requisite.preset.countries` возвращает страны, для которых можно создать шаблон реквизитов; их `ID` задают в `COUNTRY_ID`.',
    en: 'The `crm.requisite.preset.countries` method returns the countries a requisite preset can be made for; their `ID` goes into `COUNTRY_ID`.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'array',
    description: { ru: 'Страны: `ID`, `CODE` и `TITLE`', en: 'The countries: `ID`, `CODE` and `TITLE`' },
  },
  errors: [],
  errorExample: 'insufficientScope',
  examples: [
    {
      id: 'listPresetCountries',
      title: { ru: 'Получить страны', en: 'Get the countries' },
      params: {},
      result: [
        { ID: 1, CODE: 'RU', TITLE: 'United States' },
        { ID: 4, CODE: 'BY', TITLE: 'Belarus' },
        { ID: 6, CODE: 'KZ', TITLE: 'Kazakhstan' },
        { ID: 14, CODE: 'UA', TITLE: 'Ukraine' },
        { ID: 34, CODE: 'BR', TITLE: 'Brazil' },
        { ID: 46, CODE: 'DE', TITLE: 'Germany' },
        { ID: 77, CODE: 'CO', TITLE: 'Colombia' },
        { ID: 110, CODE: 'PL', TITLE: 'Poland' },
        { ID: 122, CODE: 'US', TITLE: 'United States' },
        { ID: 132, CODE: 'FR', TITLE: 'France' },
      ],
    },
  ],
  related: listPresetSiblings('crm.requisite.preset.countries'),
  operation: { kind: 'example', entity: 'preset' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
