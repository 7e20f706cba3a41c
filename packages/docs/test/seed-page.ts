/**
 * The structure of the original Russian page of crm.contact.delete (the seed of this project), as
 * data written by us: its sections in order, the rows of its tables, its example tabs and the
 * calls they make, its sample answers and its related links. The page itself is
 * `api-reference/crm/contacts/crm-contact-delete.md` in bitrix24/b24restdocs; the tests never read
 * it, so they pass on any clone.
 */

/** The page's headings, in order. */
export const seedHeadings = [
  '# Удалить контакт crm.contact.delete',
  '## Параметры метода',
  '## Примеры кода',
  '## Обработка ответа',
  '### Возвращаемые данные',
  '## Обработка ошибок',
  '### Возможные коды ошибок',
  '## Продолжите изучение',
]

/** The quoted lines under the title: the scope (its link left out) and who may call the method. */
export const seedQuotes = ['> Scope: [`crm`]', '> Кто может выполнять метод: любой пользователь с правом «удаления» контакта']

/** The parameter table without its header: name, whether it is required, type, the first word of the description, the pages it links. */
export const seedParams = [
  { name: 'id', required: true, type: 'integer', firstWord: 'Идентификатор', links: ['crm-contact-list.md', 'crm-contact-add.md'] },
]

/** The example tabs, in order, with the method each calls and the parameters it sends. */
export const seedTabs = [
  {
    title: 'cURL (Webhook)',
    body: '{"ID":50}',
    url: 'https://**put_your_bitrix24_address**/rest/**put_your_user_id_here**/**put_your_webbhook_here**/crm.contact.delete',
  },
  {
    title: 'cURL (OAuth)',
    body: '{"ID":50,"auth":"**put_access_token_here**"}',
    url: 'https://**put_your_bitrix24_address**/rest/crm.contact.delete',
  },
  { title: 'JS', params: 'id: 50,' },
  { title: 'PHP', params: "'id' => 50," },
  { title: 'BX24.js', params: 'id: 50,' },
  { title: 'PHP CRest', params: "'ID' => 50" },
] as const

/** The sample success answer (status 200). */
export const seedSuccess = {
  status: 200,
  body: {
    result: true,
    time: {
      start: 1723727109.430573,
      finish: 1723727210.611973,
      duration: 101.18140006065369,
      processing: 100.78639197349548,
      date_start: '2024-08-15T15:05:09+02:00',
      date_finish: '2024-08-15T15:06:50+02:00',
    },
  },
}

/** The result field table without its header: name, type; the meaning of `time`. */
export const seedResultFields = [
  { name: 'result', type: 'boolean' },
  { name: 'time', type: 'time', description: 'Информация о времени выполнения запроса' },
]

/** The sample error answer (status 400). */
export const seedError = { status: 400, body: { error: '', error_description: 'ID is not defined or invalid.' } }

/** The error code table without its header: code, text, meaning (`-` for an empty code). */
export const seedErrorRows = [
  ['-', 'ID is not defined or invalid', 'Параметр id не передан либо переданное значение не является целым числом больше 0'],
  ['-', 'Access denied', 'У пользователя нет прав на «Удаление» контакта'],
  ['ERROR_CORE', 'Элемент не найден', 'Контакт с переданным id не найден'],
]

/** The related pages, in order. */
export const seedRelated = [
  'crm-contact-add.md',
  'crm-contact-update.md',
  'crm-contact-get.md',
  'crm-contact-list.md',
  'crm-contact-fields.md',
]
