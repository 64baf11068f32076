import { numeralValue } from '../text/numeral-value';
import { type FoundNote, parseNoteContent } from './parse-note';

// A note that covers several tasks: `以下各项任务均由X牵头。` before them, `（以上任务由X负责）` or
// `上述工作由各地各部门按职责分工落实。` after them. The paragraph says nothing else: its units are read as
// a note would read them (`X牵头，Y配合`), and it says which way it reaches.

export interface ScopeNote {
  /** `after`: the tasks that follow it; `before`: the tasks it follows. */
  reach: 'after' | 'before';
  note: FoundNote;
  /** `以上两项`: how many it covers, when it says. */
  count?: number;
}

const WHAT =
  '(?:各项|所有|全部|这些|有关|相关|([一二三四五六七八九十两\\d]{1,3})(?:项|条|个))?(?:重点)?(?:任务|工作|事项|措施|举措|内容|项目)?';
const SCOPE = new RegExp(
  `^[(（]?\\s*(以下|下列|下述|以上|上述|前述)${WHAT}(?:均|都|皆|统一|分别)?由(.{2,120}?)[)）]?\\s*[。；;]?\\s*[)）]?$`,
);
/** The units part must end with what they do: 牵头, 负责, 落实 … */
const DOES = /(牵头|负责|落实|实施|承担|推进|配合|主责|办理)[^、，,；;]{0,6}$/;

export function scopeNote(text: string, firstLeads: boolean): ScopeNote | undefined {
  const m = SCOPE.exec(text.trim());
  if (!m) return undefined;
  const units = (m[3] as string).replace(/[)）]$/, '');
  const count = m[2] ? numeralValue(m[2].replace('两', '二')) : undefined;
  if (!DOES.test(units)) return undefined;
  const parsed = parseNoteContent(units, firstLeads);
  if (!parsed) return undefined;
  return {
    reach: /以下|下列|下述/.test(m[1] as string) ? 'after' : 'before',
    note: { ...parsed, note: text.trim(), start: 0, end: text.length },
    ...(count ? { count } : {}),
  };
}
