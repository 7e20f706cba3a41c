/**
 * crm.contact.delete: every fact of its documentation page (the seed page), and the operation the
 * mock performs. The page's error table prints texts without the final period; the server, and the
 * page's own sample answer, send `ID is not defined or invalid.` with it, so the spec keeps the period.
 * The event it fires is on api-reference/crm/contacts/events/on-crm-contact-delete.md.
 */
import { defineMethod } from '@b24kit/spec'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.contact.delete',
  scope: 'crm',
  summary: { ru: 'Удалить контакт', en: 'Delete a contact' },
  description: {
    ru: 'Метод `crm.contact.delete` удаляет контакт и все связанные с ним объекты.',
    en: 'The `crm.contact.delete` method deletes a contact and all objects linked to it.',
  },
  access: {
    entity: 'contact',
    permission: 'delete',
    description: {
      ru: 'любой пользователь с правом «удаления» контакта',
      en: 'any user with the "delete" permission on contacts',
    },
    deniedError: 'accessDenied',
  },
  params: [
    {
      name: 'id',
      type: 'integer',
      required: true,
      spellings: ['ID', 'id'],
      coercion: 'php-int',
      minimum: 1,
      description: { ru: 'Идентификатор контакта.', en: 'The contact ID.' },
      sources: ['crm.contact.list', 'crm.contact.add'],
      invalidError: 'invalidId',
    },
  ],
  result: {
    type: 'boolean',
    const: true,
    description: {
      ru: 'Корневой элемент ответа. Возвращает `true` в случае успеха',
      en: 'The root element of the answer. It is `true` on success',
    },
  },
  errors: [
    {
      id: 'invalidId',
      code: '',
      status: 400,
      text: 'ID is not defined or invalid.',
      kind: 'invalidParams',
      when: {
        ru: 'Параметр `id` не передан либо переданное значение не является целым числом больше 0',
        en: 'The `id` parameter is missing, or its value is not an integer greater than 0',
      },
    },
    {
      id: 'accessDenied',
      code: '',
      status: 400,
      text: 'Access denied.',
      kind: 'accessDenied',
      when: { ru: 'У пользователя нет прав на «Удаление» контакта', en: 'The user lacks the "delete" permission on contacts' },
    },
    {
      id: 'notFound',
      code: 'ERROR_CORE',
      status: 400,
      text: { ru: 'Элемент не найден', en: 'Element not found' },
      kind: 'notFound',
      when: { ru: 'Контакт с переданным `id` не найден', en: 'No contact has the given `id`' },
    },
  ],
  errorExample: 'invalidId',
  examples: [
    {
      id: 'deleteContact50',
      title: { ru: 'Удалить контакт с `id = 50`', en: 'Delete the contact with `id = 50`' },
      params: { id: 50 },
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
  ],
  related: ['crm.contact.add', 'crm.contact.update', 'crm.contact.get', 'crm.contact.list', 'crm.contact.fields'],
  deprecated: {
    replacement: 'crm.item.delete',
    note: {
      ru: 'Метод устарел. Рекомендуем использовать `crm.item.delete`; этот метод по-прежнему работает.',
      en: 'This method is deprecated. Use `crm.item.delete`; this method still works.',
    },
  },
  operation: { kind: 'delete', entity: 'contact', by: 'id', cascade: true, notFound: 'notFound' },
  events: [
    {
      name: 'ONCRMCONTACTDELETE',
      summary: { ru: 'Событие onCrmContactDelete', en: 'Event onCrmContactDelete' },
      description: { ru: 'Срабатывает, когда контакт удалён.', en: 'Fires once a contact is deleted.' },
    },
  ],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ invalidId: 'ID is not defined or invalid', accessDenied: 'Access denied' }),
]
