import type { PlanKnowledge } from '../plan/knowledge';
import { wordBounds } from '../text/word-bounds';
import {
  AND,
  ASKS_MENTION,
  ASKS_SUPPORT,
  ASKS_TARGET,
  ASKS_WHO,
  BETWEEN,
  COMMA,
  LOOKS_LIKE_QUESTION,
  OR,
} from './grammar';
import { readRef } from './read-ref';

// `养老保险审计是哪个处负责的?要求覆盖率多少?`, `古城项目群谁负责,社保基金覆盖率要求多少`, `扩中提低谁负责
// 移送率要求多少`: several questions in one message, answered in order. A comma or a space splits only where
// both sides ask on their own; a paste with many sentences is one text to search, not a list of questions.

const MAX_QUESTIONS = 4;

const asks = (text: string) =>
  LOOKS_LIKE_QUESTION.test(text) ||
  ASKS_WHO.test(text) ||
  ASKS_SUPPORT.test(text) ||
  ASKS_TARGET.test(text) ||
  ASKS_MENTION.test(text);

/** Where a message may hold two questions side by side: a comma, or a space typed between them. */
const SIDE_BY_SIDE = new RegExp(`${COMMA.source}|\\s+`);

/** `财政处还是投资处`: the choice that completes the question before it. */
function onlyChoice(text: string, knowledge: PlanKnowledge): boolean {
  if (!OR.test(text)) return false;
  let rest = text;
  for (const d of knowledge.findDivisions(text))
    for (const name of [d.name, ...d.aliases].sort((a, b) => b.length - a.length))
      rest = rest.split(name).join('');
  return rest.replace(new RegExp(OR.source, 'g'), '').replace(/[\s?？吗呢的是由负责牵头]/g, '') === '';
}

/** Words naming the tasks part before a section's number (`重点任务（四）`). */
const PART_WORDS = /^(?:重点任务|主要任务|工作任务)(?=\s*(?:第\s*)?[(（])/;

const REF_AND = /^\s*(?:和|与|及|跟|、|,|，)\s*/;

/** `1.1和1.2分别讲什么`, `第3项和第4项分别谁牵头`: one question asked of each number, in order. */
function eachNumber(text: string): string[] | undefined {
  const written: string[] = [];
  // `重点任务（四）和（五）`: the words naming the part stand before each number.
  const part = PART_WORDS.exec(text.trim())?.[0] ?? '';
  let rest = text.trim().slice(part.length);
  for (let read = readRef(rest); read; read = readRef(rest)) {
    written.push(rest.slice(0, rest.length - read.rest.length).trim());
    rest = read.rest;
    const and = REF_AND.exec(rest);
    if (!and) break;
    rest = rest.slice(and[0].length);
  }
  return written.length >= 2 && written.length <= MAX_QUESTIONS
    ? written.map((w) => `${part}${w} ${rest}`)
    : undefined;
}

/** `各是多少`, `分别是多少`, `各自要求多少`: a figure asked of each thing named before it. */
const EACH_FIGURE = /(?:分别|各自|各)\s*(?:是|为|要|要求|能|达到|增长|完成)?\s*(?=多少|几|多大|百分之)/;

/**
 * `GDP目标和上半年增速各是多少`, `固投和社零分别是多少`: one figure question asked of each thing, in order, where
 * the things are joined by a 和 standing as a word of its own.
 */
function eachFigure(text: string): string[] | undefined {
  const each = EACH_FIGURE.exec(text);
  if (!each) return undefined;
  const head = text.slice(0, each.index).trim();
  const asked = text.slice(each.index + each[0].length).trim();
  const bounds = wordBounds(head);
  const joins = [...head.matchAll(new RegExp(AND.source, 'g'))].filter(
    (m) => bounds.has(m.index) && bounds.has(m.index + m[0].length),
  );
  const things: string[] = [];
  let from = 0;
  for (const m of joins) {
    things.push(head.slice(from, m.index).trim());
    from = m.index + m[0].length;
  }
  things.push(head.slice(from).trim());
  if (things.some((t) => !t) || things.length < 2 || things.length > MAX_QUESTIONS) return undefined;
  return things.map((t) => `${t}${asked}`);
}

/** `老年大学呢`: a follow-up naming only its subject, which the question after it asks of (`老年大学呢 啥时候`). */
const FOLLOW_UP = /呢\s*[?？]?$/;
const subjectOnly = (text: string) => FOLLOW_UP.test(text) && !asks(text.replace(FOLLOW_UP, ''));
/** `怎么查`, `如何操作`: how to do what the question before it named, no question of its own. */
const HOW_ONLY =
  /^(?:那|那么)?(?:该|要|应该|得)?(?:怎么|怎样|如何|咋)(?:样)?(?:查|看|弄|办|操作|用|做|搞|发|填|写)?[?？呢啊]*$/;

export function splitParts(text: string, knowledge: PlanKnowledge): string[] {
  const numbers = eachNumber(text);
  if (numbers) return numbers;
  const figures = eachFigure(text);
  if (figures) return figures;
  const parts: string[] = [];
  for (const piece of text.split(BETWEEN)) {
    const segments = piece
      .split(SIDE_BY_SIDE)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    let current = '';
    for (const segment of segments) {
      if (current && subjectOnly(current) && asks(segment)) {
        current = `${current.replace(FOLLOW_UP, '')} ${segment}`;
        continue;
      }
      if (current && HOW_ONLY.test(segment)) {
        current = `${current} ${segment}`;
        continue;
      }
      if (current && asks(current) && asks(segment) && !onlyChoice(segment, knowledge)) {
        parts.push(current);
        current = segment;
      } else current = current ? `${current} ${segment}` : segment;
    }
    if (current) parts.push(current);
  }
  return parts.length >= 2 && parts.length <= MAX_QUESTIONS ? parts : [text];
}
