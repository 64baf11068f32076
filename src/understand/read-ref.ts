import { numeralValue } from './numeral-value';

// A number people write for a task, a heading, a goal or an indicator, at the start of a text: the bot's
// short ids (`3.2`, `2-3`, `3点3`, `三点二`), clauses (`二(三)2`, `(四)`), and the plan's own numbering in
// every form people use for it (`（八）`, `第二十条`, `第7项`, `任务12`, `序号12`, `8号项目`, `三、`,
// `第三部分`, `3（1）`), `目标2`, `指标5-1`, `指标五`.

export type RefWords =
  /** The bot's short id, or a dotted number: `3.2`, `2.1.1`. */
  | { kind: 'id'; id: string }
  /** A clause: `二(三)2`, `三(一)`, `第二部分(五)`; `(四)` alone is a section of the tasks part. */
  | { kind: 'clause'; part?: number; section: number; item?: number; written: string }
  /** `第三部分第2条`: item n of a part, in the part's own numbering or its order. */
  | { kind: 'part-item'; part: number; n: number; written: string }
  /** A heading or item in the plan's own numbering: `（8）`, `第二十条`, `第7项`, `三、`, `第三章`. */
  | { kind: 'own'; n: number; form: 'paren' | 'article' | 'ordinal' | 'part' | 'dot'; written: string }
  /** `任务12`, `12`, `序号12`, `8号项目`: the plan's own running number, or the bot's id. */
  | { kind: 'bare'; n: number; written: string }
  /** `3（1）`, `第3项（2）`: sub-item `sub` of the plan's item `n`. */
  | { kind: 'sub'; n: number; sub: number; written: string }
  /**
   * `目标2`, `指标5-1`, `指标五`, `第3个指标`; `row` for a row of the indicator table (`指标表第1行`): its 序号, or
   * the n-th row where no row is numbered so.
   */
  | { kind: 'target'; target: 'goal' | 'indicator'; ref: string; written: string; row?: true };

export interface ReadRef {
  ref: RefWords;
  /** The text after the reference. */
  rest: string;
}

const HAN = '[一二两三四五六七八九十百零〇]';
const NUM = `(?:\\d{1,3}|${HAN}{1,4})`;

const TARGET = new RegExp(
  `^(?:第\\s*(${NUM})\\s*(?:个|项|条)?\\s*(目标|指标)|(目标|指标)\\s*(?:第\\s*)?(\\d{1,2}(?:\\s*[-－—–.．之]\\s*\\d{1,2})?|${HAN}{1,3})\\s*(?:项|个|号)?)`,
);
/**
 * `目标指标表里第1行`, `指标表第3行`, `第2行指标`: a row of the indicator table, named with the table (or with 指标
 * after it): a row alone may be a row of a table of tasks.
 */
const ROW = new RegExp(
  `^(?:(?:(?:目标指标|目标和指标|目标与指标|主要指标|目标|指标)(?:一览)?表格?|目标指标|指标)\\s*(?:里面|里|中|上)?\\s*(?:的)?\\s*第\\s*(${NUM})\\s*行|第\\s*(${NUM})\\s*行\\s*(?:的)?\\s*(?:指标|目标))`,
);
const SUB = new RegExp(
  `^(?:(\\d{1,3})|第\\s*(${NUM})\\s*(?:项|条)|任务\\s*(${NUM}))\\s*[(（]\\s*(\\d{1,2}|${HAN}{1,2})\\s*[)）]`,
);
const DOTTED = /^(?:任务|第)?\s*(\d{1,2}(?:\s*[.．\-－]\s*\d{1,2}){1,2})(?![\d.．])\s*(?:项|条|号)?/;
const SPOKEN_DOT = new RegExp(`^(?:任务|第)?\\s*(${NUM})\\s*点\\s*(${NUM})(?![\\d点])\\s*(?:项|条|号)?`);
/** `1-5月`, `5月`: months after a clause (`（二）1-5月…`) are the text's, not an item number. */
const NOT_MONTHS = '(?!\\d|\\s*月|\\s*[-－—–~～至到]\\s*\\d{1,2}\\s*月)';
const CLAUSE = new RegExp(
  `^第?(${HAN}{1,3})?\\s*(?:部分|[、.．])?\\s*(?:第\\s*)?[(（]\\s*(${HAN}{1,3})\\s*[)）]\\s*(?:(?:里面|里|中|下面|下)(?:的)?\\s*(?=第))?(?:第\\s*)?(\\d{1,2}${NOT_MONTHS})?(?:\\s*(?:项|条|点))?`,
);
/** `第三部分第2条`, `第二部分第3项`, `一、1`: an item of a part, with no section between. */
const PART_ITEM = new RegExp(
  `^(?:第?\\s*(${HAN}{1,3})\\s*部分\\s*第?\\s*(${NUM})\\s*(?:条|项|点|个)|(${HAN}{1,3})\\s*[、.．]\\s*(\\d{1,3})(?![\\d.．%％]))`,
);
const PAREN_DIGIT = /^[(（]\s*(\d{1,3})\s*[)）]/;
/** `⑷`: `(4)` in one character. */
const PAREN_CHAR = /^[⑴-⒇]/;
/** `第二十条`; `二十四条呢`, `二十四条谁负责`: a numeral and 条 with the question right after, 第 left out. */
const ARTICLE = new RegExp(
  `^(?:第\\s*(${NUM})\\s*条|(${HAN}{1,4})\\s*条(?=\\s*(?:是|讲|说|谁|由|归|呢|吗|啥|什么|内容|具体|配合|牵头|负责|[?？]|$)))`,
);
// `第三件实事`: 件 counts the items of a list of 实事 (things a government promises to do for people).
const ORDINAL = new RegExp(
  `^第\\s*(${NUM})\\s*(?:项|个|点|件|部分|章|篇)?\\s*(?:任务|工作|事项|项目|(?:民生)?实事)?`,
);
const PART = new RegExp(`^(${HAN}{1,3})\\s*[、.．]`);
/** `17.讲的什么`, `17、谁负责`: an item as the plan writes it, a dot and no digit after. */
const DOT = /^(\d{1,3})\s*[.．、](?![\d.．])/;
const BARE = new RegExp(
  [
    `^(?:任务|事项|项目|序号|编号)\\s*(?:编号|序号)?\\s*(${NUM})(?![\\d.．])\\s*(?:项|条|号)?`,
    `^(\\d{1,3})\\s*号\\s*(?:项目|任务|事项)?`,
    `^(\\d{1,3})(?![\\d.．%％])`,
    // A numeral on its own (`记一下进展 十 …`).
    `^(${HAN}{1,3})(?=\\s|$)`,
  ].join('|'),
);

/**
 * `90条措施`, `100名人才`, `5个项目`, `30亿元`: a number before a measure word is a count said of the thing, part
 * of the phrase — not an item's number. `3条讲什么`, `5项谁负责` (the measure word then the question) still are.
 */
const COUNT_OF =
  /^\s*(?:[名个亿万家人所套元天年月次批件座亩倍户]|公里|[条项](?!\s*(?:任务|工作|事项|项目)?\s*(?:是|讲|说|谁|由|归|的|呢|吗|啥|什么|内容|具体|配合|牵头|负责|有|和|与|、|,|，|\s|$)))/;

const tidy = (s: string) => s.replace(/\s+/g, '').replace(/[．\-－]/g, '.');

export function readRef(text: string): ReadRef | undefined {
  const t = text.trim();
  const at = (m: RegExpExecArray, ref: RefWords): ReadRef => ({ ref, rest: t.slice(m[0].length).trim() });

  const target = TARGET.exec(t);
  if (target) {
    const which = (target[2] ?? target[3]) === '目标' ? 'goal' : 'indicator';
    const raw = (target[1] ?? target[4] ?? '').replace(/\s+/g, '').replace(/[－—–.．之]/g, '-');
    const ref = /^\d/.test(raw) ? raw : String(numeralValue(raw));
    if (ref !== 'NaN') return at(target, { kind: 'target', target: which, ref, written: target[0] });
  }
  const row = ROW.exec(t);
  if (row) {
    const n = numeralValue((row[1] ?? row[2]) as string);
    if (!Number.isNaN(n))
      return at(row, { kind: 'target', target: 'indicator', ref: String(n), written: row[0], row: true });
  }
  const sub = SUB.exec(t);
  if (sub) {
    const n = numeralValue((sub[1] ?? sub[2] ?? sub[3]) as string);
    const m = numeralValue(sub[4] as string);
    if (!Number.isNaN(n) && !Number.isNaN(m))
      return at(sub, { kind: 'sub', n, sub: m, written: sub[0].trim() });
  }
  const dotted = DOTTED.exec(t);
  if (dotted) return at(dotted, { kind: 'id', id: tidy(dotted[1] as string) });
  const spoken = SPOKEN_DOT.exec(t);
  if (spoken) {
    const a = numeralValue(spoken[1] as string);
    const b = numeralValue(spoken[2] as string);
    if (!Number.isNaN(a) && !Number.isNaN(b)) return at(spoken, { kind: 'id', id: `${a}.${b}` });
  }
  const partItem = PART_ITEM.exec(t);
  if (partItem) {
    const part = numeralValue((partItem[1] ?? partItem[3]) as string);
    const n = numeralValue((partItem[2] ?? partItem[4]) as string);
    if (!Number.isNaN(part) && !Number.isNaN(n))
      return at(partItem, { kind: 'part-item', part, n, written: partItem[0].trim() });
  }
  const clause = CLAUSE.exec(t);
  if (clause) {
    const part = clause[1] ? numeralValue(clause[1]) : undefined;
    const section = numeralValue(clause[2] as string);
    const item = clause[3] ? Number(clause[3]) : undefined;
    return at(clause, {
      kind: 'clause',
      ...(part !== undefined ? { part } : {}),
      section,
      ...(item !== undefined ? { item } : {}),
      written: clause[0].trim(),
    });
  }
  const paren = PAREN_DIGIT.exec(t);
  if (paren) return at(paren, { kind: 'own', n: Number(paren[1]), form: 'paren', written: paren[0] });
  const parenChar = PAREN_CHAR.exec(t);
  if (parenChar) {
    const n = (parenChar[0].codePointAt(0) as number) - 0x2473;
    return at(parenChar, { kind: 'own', n, form: 'paren', written: parenChar[0] });
  }
  const article = ARTICLE.exec(t);
  if (article)
    return at(article, {
      kind: 'own',
      n: numeralValue((article[1] ?? article[2]) as string),
      form: 'article',
      written: article[0],
    });
  const ordinal = ORDINAL.exec(t);
  if (ordinal) {
    const n = numeralValue(ordinal[1] as string);
    const form = /部分|章|篇/.test(ordinal[0]) ? 'part' : 'ordinal';
    if (!Number.isNaN(n)) return at(ordinal, { kind: 'own', n, form, written: ordinal[0].trim() });
  }
  const part = PART.exec(t);
  if (part)
    return at(part, { kind: 'own', n: numeralValue(part[1] as string), form: 'part', written: part[0] });
  const dot = DOT.exec(t);
  if (dot) return at(dot, { kind: 'own', n: Number(dot[1]), form: 'dot', written: dot[0] });
  const bare = BARE.exec(t);
  if (bare?.[3] && COUNT_OF.test(t.slice(bare[0].length))) return undefined;
  if (bare) {
    const n = numeralValue((bare[1] ?? bare[2] ?? bare[3] ?? bare[4]) as string);
    if (!Number.isNaN(n)) return at(bare, { kind: 'bare', n, written: bare[0].trim() });
  }
  return undefined;
}
