import type { PlanPeriod } from './plan-period';

// What people call a plan, read from its title: the place or body that issues it, its year or period, and
// its kind — `河南省2023年重点工作`, `三门峡市2023年重点工作`, `谯城区2025年任务分解表`. Two plans of one
// year (ids 2023 and 2023-2) are told apart by it. Parts the title lacks are left out.

/** A place opening the title (`河南省人民政府关于…`, `谯城区2025年…`); `区政府` alone names no place. */
const PLACE =
  /^(?:中共)?([\u4e00-\u9fa5]{2,10}?(?:自治区|自治州|特别行政区|省|市|县|区|州|盟|旗|镇|乡|街道))(?=人民政府|政府|办公厅|办公室|委员会|党委|\d|[\u4e00-\u9fa5])/;
/** The kind of document, the last one the title names. */
const KINDS =
  /(重点工作|重点任务|主要任务|工作任务|工作要点|工作方案|实施方案|行动方案|行动计划|实施意见|若干措施|若干政策|专项规划|规划|任务分解表|任务清单|责任分工|责任分解|分解方案|民生实事|方案|计划|意见|要点|清单)/g;

export function shortPlanName(title: string, period?: PlanPeriod): string {
  const bare = title
    .replace(/^[(（][^()（）]*[)）]\s*/, '')
    .replace(/[《》“”"]/g, '')
    .trim();
  // A year or a five-year period before the place (`2025年金乡县…`, `“十四五”时期绍兴市…`) is no part of it.
  const lead = bare.replace(/^(\d{4}年度?|十[一二三四五六七八九]?五(时期)?)/, '');
  const found = PLACE.exec(lead)?.[1] ?? '';
  // A place's name holds no words of a sentence (`省政府工作报告涉及我市` is none).
  const place = /政府|工作|报告|关于|涉及|我|的|和|与/.test(found) ? '' : found;
  const years = period
    ? period.from === period.to
      ? `${period.from}年`
      : `${period.from}—${period.to}年`
    : '';
  // The kind after the last 关于…的 wrapper: `…的通知` says how it is sent, not what it is.
  const body = bare.replace(/的?(通知|通报|函|决定|批复)$/, '');
  const kinds = [...body.matchAll(KINDS)].map((m) => m[1] as string);
  const kind =
    kinds[0] === undefined
      ? ''
      : kinds.includes('重点工作')
        ? '重点工作'
        : (kinds[kinds.length - 1] as string);
  return `${place}${years}${kind}` || title;
}
