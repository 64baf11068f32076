import type { DateReading } from '../time/read-date';

// What the bot says about a date it read: the note when the reading needs saying (`按 2027-12-01 理解`), and
// the refusal, with the forms that work, when it cannot read one.

export const ACCEPTED_DATE_FORMS = [
  '2026-12-31',
  '2026年12月31日',
  '12月31日',
  '明天',
  '下周五',
  '月底',
  '2027年1月底',
  '年底',
  '一季度末',
  '春节后',
] as const;

const PERIOD = { month: '当月', decade: '该旬', quarter: '该季度', half: '该半年', year: '当年' } as const;

type Read = Extract<DateReading, { ok: true }>;
type Refused = Extract<DateReading, { ok: false }>;

/** `期限“12月1日”按 2027-12-01 理解:今年的已过`; undefined when the date is as typed and not past. */
export function dateNote(label: string, reading: Read): string | undefined {
  const { how, date, typed, past } = reading;
  const read = `${label}“${typed}”按 ${date} 理解`;
  const gone = past ? ',已经过去' : '';
  switch (how.kind) {
    case 'as-typed':
      return past ? `${label} ${date} 已经过去` : undefined;
    case 'next-year':
      return `${read}:今年的已过`;
    case 'this-year':
      return `${read}:未写年份,按 ${date.slice(0, 4)} 年`;
    case 'relative':
      return `${read}${gone}`;
    case 'period-end': {
      const which = `${how.nextYear ? '今年的已过,取明年' : ''}${PERIOD[how.period]}`;
      return `${read}:${which}最后一天${gone}`;
    }
    case 'holiday': {
      if (how.lunarEve)
        return `${read}:工作日历里还没有 ${how.year} 年${how.name}的放假安排,按农历推算为除夕(${how.lunarEve})前最后一个工作日${gone};如需别的日期请直接写日期,放假通知发布后管理员或秘书处可用“日历 导入”补上当年安排`;
      const side = how.side === 'before' ? '前最后一个工作日' : '后第一个工作日';
      return `${read}:${how.year} 年${how.name}假期${side}${gone}`;
    }
  }
}

/** Why a date was refused, then the forms that work. */
export function dateRefusal(reading: Refused): string {
  const { problem, typed } = reading;
  const reason =
    problem.kind === 'no-such-day'
      ? `没有 ${typed} 这一天`
      : problem.kind === 'ambiguous'
        ? `“${typed}”有不止一种读法(哪一年?先写月还是先写日?),没有按猜测记录`
        : problem.kind === 'holiday-unknown'
          ? `工作日历里还没有 ${problem.year} 年${problem.name}的放假安排,无法推算“${typed}”,请直接写日期`
          : typed
            ? `看不懂日期“${typed}”`
            : '缺少日期';
  return `${reason}。${dateForms()}`;
}

/** The accepted forms, as a refusal ends. */
export function dateForms(): string {
  return `日期可以写作:${ACCEPTED_DATE_FORMS.join('、')}(不写年份时取今天或之后最近的那一天)。`;
}
