/**
 * crm.automatedsolution.add. Sources: the official pages api-reference/crm/automated-solution/
 * crm-automated-solution-add.md in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs
 * (Russian): scope, who may call it, `fields` (`title` required, `typeIds`), the answer
 * `{ automatedSolution }`, the error table and the sample `BX_EMPTY_REQUIRED` answer with its server
 * texts. The page's answer gives the new workplace id 1, a fresh portal's; here it is the next id after
 * the default store's workplace 393. The mock does not count workplaces against a plan
 * (`LIMIT_EXCEEDED`) nor refuse a missing `title`; the rows are listed for the client.
 */
import { defineMethod } from '@b24kit/spec'
import {
  automatedSolutionDeniedRow,
  createAutomatedSolutionAccess,
  createAutomatedSolutionFieldsParam,
  createAutomatedSolutionResult,
  listAutomatedSolutionSiblings,
} from './shared/automated-solution-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { createErrorRow } from './shared/item-method.js'

export default defineMethod({
  method: 'crm.automatedsolution.add',
  scope: 'crm',
  summary: { ru: 'Создать цифровое рабочее место', en: 'Add a digital workplace' },
  description: {
    ru: 'Метод `crm.automatedsolution.add` создает цифровое рабочее место и возвращает его в `automatedSolution`. Смарт-процессы из `typeIds` переходят в него из прежних мест.',
    en: 'The `crm.automatedsolution.add` method creates a digital workplace and answers it in `automatedSolution`. The smart processes in `typeIds` move into it from where they were.',
  },
  access: createAutomatedSolutionAccess('add'),
  params: [
    createAutomatedSolutionFieldsParam(
      'Поля рабочего места: `title` (обязательно, из него строится ссылка на раздел) и `typeIds`, идентификаторы смарт-процессов.',
      'The workplace fields: `title` (required; the section link is built from it) and `typeIds`, the smart process IDs.',
    ),
  ],
  result: createAutomatedSolutionResult('Новое рабочее место в `automatedSolution`', 'The new workplace in `automatedSolution`'),
  errors: [
    automatedSolutionDeniedRow,
    createErrorRow(
      'limitExceeded',
      'LIMIT_EXCEEDED',
      {
        ru: 'Превышено количество доступных цифровых рабочих мест',
        en: 'The number of available digital workspaces has been exceeded',
      },
      'accessDenied',
      'Тариф портала не позволяет создать еще одно рабочее место',
      "The portal's plan allows no more workplaces",
    ),
    createErrorRow(
      'titleMissing',
      'BX_EMPTY_REQUIRED',
      { ru: 'Не заполнено обязательное поле «Название»', en: "The required field 'Title' is not filled" },
      'invalidParams',
      'Не передан `title`',
      '`title` is missing',
    ),
  ],
  errorExample: 'titleMissing',
  examples: [
    {
      id: 'addWithTypes',
      title: { ru: 'Создать рабочее место со смарт-процессами', en: 'Add a workplace with smart processes' },
      params: { fields: { title: 'HR', typeIds: [1, 2, 3] } },
      result: { automatedSolution: { id: 394, title: 'HR', typeIds: [1, 2, 3] } },
    },
    {
      id: 'addEmpty',
      title: { ru: 'Создать рабочее место без смарт-процессов', en: 'Add a workplace without smart processes' },
      params: { fields: { title: 'HR' } },
      result: { automatedSolution: { id: 394, title: 'HR', typeIds: [] } },
    },
  ],
  related: listAutomatedSolutionSiblings('crm.automatedsolution.add'),
  operation: { kind: 'add', entity: 'automatedSolution', fields: 'fields', naming: 'camel', wrap: 'automatedSolution' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
