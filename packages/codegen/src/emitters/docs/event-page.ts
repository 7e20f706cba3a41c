/**
 * The page of an event a method fires (`ONCRMCONTACTDELETE`), in the layout of the Bitrix24 event
 * pages: title, scope, when it fires, what the handler receives (a sample and its fields), and a
 * link to the method that fires it. The payload's shape is the portal's, the same for every
 * record event; only names and texts come from the spec.
 */
import type { MethodEventSpec, MethodSpec } from '@b24kit/spec'
import { getPageFileName } from './context.js'
import { getOfficialLinks, type Lang } from './labels.js'

/** The file of an event's page, in a folder beside the method pages (`events/oncrmcontactdelete.md`). */
export function getEventPageFileName(event: string): string {
  return `events/${event.toLowerCase()}.md`
}

const words = {
  ru: {
    scope: 'Scope',
    who: 'Кто может подписаться: любой пользователь',
    receives: 'Что получает обработчик',
    post: 'Данные приходят POST-запросом в формате `application/x-www-form-urlencoded` (ключи вида `data[FIELDS][ID]`); здесь они показаны как JSON.',
    fields: 'Поля',
    firedBy: 'Событие вызывает метод',
    rows: {
      event: 'Код события',
      event_handler_id: 'Идентификатор обработчика, выданный `event.bind`',
      'data.FIELDS.ID': 'Идентификатор записи',
      ts: 'Время отправки события из очереди, Unix-время в секундах',
      auth: 'Авторизация и сведения о портале: `access_token`, `refresh_token`, `expires_in`, `scope`, `domain`, `client_endpoint`, `server_endpoint`, `member_id`, `status`, `application_token`. Сверяйте `application_token` с полученным при установке, чтобы отличить события портала от чужих запросов',
    },
  },
  en: {
    scope: 'Scope',
    who: 'Who can subscribe: any user',
    receives: 'What the handler receives',
    post: 'The data arrives as a POST request in `application/x-www-form-urlencoded` form (keys such as `data[FIELDS][ID]`); shown here as JSON.',
    fields: 'Fields',
    firedBy: 'Fired by',
    rows: {
      event: 'The event code',
      event_handler_id: 'The id of the handler, as `event.bind` registered it',
      'data.FIELDS.ID': 'The id of the record',
      ts: 'When the event left the queue, Unix time in seconds',
      auth: 'Authorization and the portal: `access_token`, `refresh_token`, `expires_in`, `scope`, `domain`, `client_endpoint`, `server_endpoint`, `member_id`, `status`, `application_token`. Compare `application_token` with the one received at installation to tell the portal’s events from anyone else’s requests',
    },
  },
} as const

/** The page body of one event of a method. */
export function renderEventPage(spec: MethodSpec, event: MethodEventSpec, lang: Lang): string {
  const w = words[lang]
  const sample = {
    event: event.name,
    event_handler_id: '1',
    data: { FIELDS: { ID: '50' } },
    ts: '1723727109',
    auth: {
      access_token: '***',
      expires_in: '3600',
      scope: spec.scope,
      domain: 'example.bitrix24.ru',
      server_endpoint: 'https://oauth.bitrix.info/rest/',
      status: 'L',
      client_endpoint: 'https://example.bitrix24.ru/rest/',
      member_id: 'a223c6b3710f85df22e9377d6c4f7553',
      refresh_token: '***',
      application_token: '***',
    },
  }
  const rows = Object.entries(w.rows).map(([name, text]) => `|| **${name}** | ${text} ||`)
  return `${[
    `# ${event.summary[lang]}`,
    `> ${w.scope}: [\`${spec.scope}\`](${getOfficialLinks(lang).scopes})\n>\n> ${w.who}`,
    `${event.description[lang]} ${w.firedBy} [\`${spec.method}\`](../${getPageFileName(spec.method)}).`,
    `## ${w.receives}`,
    w.post,
    `\`\`\`json\n${JSON.stringify(sample, null, 4)}\n\`\`\``,
    `### ${w.fields}`,
    `#|\n${rows.join('\n')}\n|#`,
  ].join('\n\n')}\n`
}
