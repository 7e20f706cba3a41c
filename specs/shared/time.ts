/** The `time` block every successful answer carries (the docs' data-types.md#time). */
import { defineRecordType } from '@b24kit/spec'

export const timeType = defineRecordType({
  name: 'time',
  description: { ru: 'Информация о времени выполнения запроса', en: 'Timing of the request' },
  fields: [
    {
      name: 'start',
      type: 'number',
      format: 'unix-seconds',
      description: {
        ru: 'Время начала выполнения запроса (Unix, секунды с дробной частью)',
        en: 'When the request started (Unix seconds with fraction)',
      },
    },
    {
      name: 'finish',
      type: 'number',
      format: 'unix-seconds',
      description: { ru: 'Время завершения выполнения запроса', en: 'When the request finished' },
    },
    {
      name: 'duration',
      type: 'number',
      format: 'seconds',
      description: { ru: 'Продолжительность выполнения запроса (finish - start)', en: 'How long the request took (finish - start)' },
    },
    {
      name: 'processing',
      type: 'number',
      format: 'seconds',
      description: { ru: 'Время обработки запроса методом', en: 'How long the method itself took' },
    },
    {
      name: 'date_start',
      type: 'string',
      format: 'date-time',
      description: { ru: 'Время начала в формате ISO 8601 со смещением', en: 'Start time as ISO 8601 with offset' },
    },
    {
      name: 'date_finish',
      type: 'string',
      format: 'date-time',
      description: { ru: 'Время завершения в формате ISO 8601 со смещением', en: 'Finish time as ISO 8601 with offset' },
    },
    {
      name: 'operating',
      type: 'number',
      format: 'seconds',
      optional: true,
      description: {
        ru: 'Время, израсходованное методом в текущем окне лимита',
        en: 'Seconds this method has used in the current limit window',
      },
    },
    {
      name: 'operating_reset_at',
      type: 'number',
      format: 'unix-seconds',
      optional: true,
      description: { ru: 'Когда освободится часть лимита (Unix, секунды)', en: 'When part of the budget frees (Unix seconds)' },
    },
  ],
})
