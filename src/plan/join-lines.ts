import { isPageFurniture } from './is-page-furniture';

// Text extracted from PDFs breaks lines anywhere. Rebuild paragraphs: a line that does not start a
// heading, item, note, goal or table row continues the previous paragraph unless that one visibly ended.
// Page furniture goes first: page numbers (`- 3 -`, `第3页 共10页`), running headers or footers (a short line
// repeated on many pages), and a web page's posting lines above the plan (`发布时间:… 来源:…`).

export const TOP_HEADING = /^([一二三四五六七八九十]+)[、.．]\s*/;
export const SECTION_HEADING = /^[(（]\s*([一二三四五六七八九十]+)\s*[)）]\s*[、.．]?\s*/;
/** `1.` `1、` (number), `（1）` `1）` `⑴` (paren), `①` (circled). */
export const ITEM_MARKER =
  /^(?:(\d{1,2})\s*[.．、](?!\d)|[(（]\s*(\d{1,2})\s*[)）]|(?<![(（])(\d{1,2})[)）](?=\s*[\u4e00-\u9fa5])|([①-⑳⑴-⒇]))\s*/;
/** `第二十条` (an article of a plan numbered by articles), Chinese or Arabic numerals. */
export const ARTICLE_MARKER = /^第\s*([一二三四五六七八九十百零〇]+|\d{1,3})\s*条\s*/;
export const TABLE_ROW = /\|.*\|/;
/** A responsibility note opening a line: `（责任单位：…`, `【牵头单位：…`, `责任单位：…`, `（A、B负责）`. */
const NOTE_LINE =
  /^[(（【〔[]\s*(主要|具体)?(责任|牵头|配合|主责|主办|协办|参与|协同)(单位|部门|处室|科室|股室)|^[(（][^()（）]{2,80}(负责|牵头|配合)[)）]。?$|^(主要|具体)?(责任|牵头|配合|主责|主办|协办|参与|协同)(单位|部门|处室|科室|股室)(（[^）]{1,4}）)?\s*[:：]/;
const UNBRACKETED_NOTE =
  /^(主要|具体)?(责任|牵头|配合|主责|主办|协办|参与|协同)(单位|部门|处室|科室|股室)(（[^）]{1,4}）)?\s*[:：]/;
/** Goals, remarks, attachments, and a line that opens with a short label (`发布日期：`, `联系人：`). */
const STARTS_BLOCK = /^(——|注\s*[:：]|附件|附表|[\u4e00-\u9fa5]{2,6}\s*[:：])/;
/** A document's name ends here (`…的通知`, `…实施方案`): the next line is another paragraph. */
const DOCUMENT_END = /(通知|方案|计划|意见|规划|要点|办法|细则|清单|纲要|决定|报告|函|[)）])$/;
/** A paragraph visibly ends here: sentence punctuation or a closing note bracket. */
const ENDS = /[。；;！!？?：:)）】|]$/;
/** A list or clause still open: the next line must continue it. */
const OPEN_END = /[、，,（(【]$/;
const PAGE_NUMBER = /^[-—–－·•\s\d/]*$/;
const CHAPTER = /^第[一二三四五六七八九十]+(章|部分|篇)/;

export function startsBlock(line: string): boolean {
  return (
    TOP_HEADING.test(line) ||
    SECTION_HEADING.test(line) ||
    ITEM_MARKER.test(line) ||
    ARTICLE_MARKER.test(line) ||
    CHAPTER.test(line) ||
    TABLE_ROW.test(line) ||
    NOTE_LINE.test(line) ||
    STARTS_BLOCK.test(line)
  );
}

/** A heading on its own line: a marker and a few words, no sentence punctuation. */
function isHeadingLine(line: string): boolean {
  return (
    (TOP_HEADING.test(line) || SECTION_HEADING.test(line) || ITEM_MARKER.test(line) || CHAPTER.test(line)) &&
    [...line].length <= 60 &&
    !/[。；;，,、]/.test(line)
  );
}

/** The width PDF extraction wrapped at, when lines look wrapped; undefined for one-paragraph-a-line text. */
function wrapWidth(lines: string[]): number | undefined {
  if (lines.length < 6) return undefined;
  const lengths = lines.map((l) => [...l].length).sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] as number;
  if (p90 > 80) return undefined;
  const near = lengths.filter((n) => n >= p90 * 0.85 && n <= p90 * 1.1).length;
  return near >= lines.length * 0.3 ? p90 : undefined;
}

/** Brackets opened and not yet closed at the end of `text`. */
function unclosed(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if ('(（【'.includes(ch)) depth++;
    else if (')）】'.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth;
}

/**
 * Running headers and footers: a short line that comes back three times or more (digits aside, as page
 * numbers change) and says nothing a plan says (no note, heading or sentence).
 */
function runningLines(lines: string[]): Set<string> {
  const key = (l: string) => l.replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
  const out = new Set<string>();
  for (const l of lines) {
    if ((counts.get(key(l)) ?? 0) < 3 || [...l].length > 40) continue;
    if (startsBlock(l) || /[。；;，,、：:]|责任|牵头|配合|负责/.test(l)) continue;
    out.add(l);
  }
  return out;
}

export function joinLines(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r|\f/)
    .map((l) => l.replace(/[\s\u3000]+$/u, ''))
    .filter((l) => l.trim().length > 0 && !PAGE_NUMBER.test(l.replace(/第\s*\d+\s*页|共\s*\d+\s*页/g, '')));
  // A page's posting lines stand above the plan's first heading.
  const body = lines.findIndex((l) => TOP_HEADING.test(l.trim()) || CHAPTER.test(l.trim()));
  const raw = lines.filter((l, i) => (body >= 0 && i > body) || !isPageFurniture(l));
  const running = runningLines(raw.map((l) => l.trim()));
  const all = raw.map((l) => ({ line: l.trim(), indented: /^[\s\u3000]{2,}|^\u3000/u.test(l) }));
  const kept = all.filter((l) => !running.has(l.line));
  const width = wrapWidth(kept.map((l) => l.line));
  // Indentation marks a paragraph's first line only where most lines are not indented.
  const indentTells = kept.filter((l) => l.indented).length < kept.length * 0.6;
  const paragraphs: string[] = [];
  let lastLineLength = 0;
  let lastLine = '';
  for (const { line, indented } of kept) {
    const prev = paragraphs[paragraphs.length - 1];
    // A short first line without closing punctuation is the document's title.
    const isTitle =
      paragraphs.length === 1 &&
      [...(prev ?? '')].length <= 60 &&
      lastLineLength === [...(prev ?? '')].length;
    const heading = TOP_HEADING.test(line) || SECTION_HEADING.test(line) || CHAPTER.test(line);
    let continues: boolean;
    if (prev === undefined || isTitle) continues = false;
    else if (unclosed(prev) > 0 && !heading && !TABLE_ROW.test(line) && !TABLE_ROW.test(prev))
      // A note broken by a line or a page (`（责任单位：市发改委、` … `市财政局）`) runs on.
      continues = !NOTE_LINE.test(line) || OPEN_END.test(prev);
    else
      continues =
        !startsBlock(line) &&
        !ENDS.test(prev) &&
        !TOP_HEADING.test(prev) &&
        !TABLE_ROW.test(prev) &&
        !isHeadingLine(lastLine) &&
        (width === undefined
          ? // Without wrapping a line is a paragraph unless it stops mid-list or is long and unfinished.
            OPEN_END.test(prev) ||
            ([...lastLine].length >= 25 && !UNBRACKETED_NOTE.test(lastLine) && !DOCUMENT_END.test(prev))
          : // In wrapped text a short line ended its paragraph, and an indented one starts the next
            // unless the line before stopped mid-list.
            OPEN_END.test(prev) || (lastLineLength >= width * 0.75 && !(indented && indentTells)));
    if (continues) paragraphs[paragraphs.length - 1] = prev + line;
    else paragraphs.push(line);
    lastLineLength = [...line].length;
    lastLine = line;
  }
  return paragraphs;
}
