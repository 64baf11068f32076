import { decodeEntities } from './decode-entities';
import { htmlToText } from './html-to-text';
import { joinCellLines } from './join-cell-lines';
import { joinSpaceRows } from './join-space-rows';
import { joinTabRows } from './join-tab-rows';
import { joinWrappedRows } from './join-wrapped-rows';
import { unstackTables } from './unstack-tables';

// A plan copied from a web page or a chat carries markdown and HTML leftovers (`**一、总体要求**`,
// `### （一）`, `&nbsp;`, `<br>`, `| --- |`) and a table copied from Word arrives as tab-separated
// cells. Remove the leftovers and turn tables into `| cell | cell |` rows before lines are joined.
// `****` and `**行动` are redactions in published texts, not emphasis: only a closed `**…**` pair is.

const HTML_TAG = /<(p|br|div|table|tr|td|th|span|strong|b|h[1-6]|li|ul|ol|font|section)\b[^>]*\/?>/i;
const BOLD_PAIR = /(?<!\*)\*\*(?!\*)([^*\n]+?)(?<!\*)\*\*(?!\*)|(?<!_)__(?!_)([^_\n]+?)(?<!_)__(?!_)/g;
const MARKER =
  /^(?:[一二三四五六七八九十]+[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|\d{1,2}\s*[.．、](?!\d)|[(（]\s*\d{1,2}\s*[)）]|[①-⑳⑴-⒇]|第[一二三四五六七八九十]+[章部节])/;
const ENDS_SENTENCE = /[。：:；;！!？?]$/;
const MARKER_ONLY =
  /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.．、]|[①-⑳⑴-⒇])\s*$/;

/** `1\t推进…\t市发改委` → `| 1 | 推进… | 市发改委 |`; `一、\t总体要求` is numbering, not a cell. */
function tabRow(line: string): string | undefined {
  // A trailing tab is an empty last cell: only spaces are trimmed at the end.
  const cells = line
    .trimStart()
    .replace(/[ \u3000\r]+$/, '')
    .split('\t');
  if (cells.length > 1 && MARKER_ONLY.test(cells[0] as string)) {
    cells.splice(0, 2, `${cells[0]}${cells[1]}`);
  }
  if (cells.filter((c) => c.trim().length > 0).length < 3) return undefined;
  return `| ${cells.map((c) => c.trim()).join(' | ')} |`;
}

/** A table-of-contents line: `一、总体要求……………3`. */
const CONTENTS_LINE = /(\.{3,}|…+|·{3,}|－{3,}|-{4,})\s*\d{1,3}\s*$/;

function cleanLine(raw: string): string[] {
  let line = raw
    .replace(/\u00a0/g, ' ')
    // Full-width digits (`１．`, `２０２６年`) number and date as ASCII ones do.
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (CONTENTS_LINE.test(line) || /^\s*目\s*录\s*$/.test(line)) return [];
  if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) return []; // a markdown table rule
  if (/^\s*(-{3,}|\*{3,}|_{3,})\s*$/.test(line)) return []; // a horizontal rule
  if (line.includes('\t')) {
    const row = tabRow(line);
    if (row) return [row];
    // Word puts a tab after its automatic numbering: `一、\t总体要求`.
    line = line.replace(/^(\s*\S{1,6}?[、.．)）])\t+/, '$1').replace(/\t+/g, ' ');
  }
  line = line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:https?:|\/|#)[^)]*\)/g, '$1')
    .replace(/^(\s*)#{1,6}(?!#)\s*/, '$1')
    .replace(/^(\s*)>\s?/, '$1')
    .replace(/^(\s*)[-*+]\s+(?=\S)(?!.*\s-\s*$)/, '$1');
  // A bold run-in heading without closing punctuation ends where the bold does.
  const runIn = /^(\s*)(?:\*\*|__)([^*_\n]+?)(?:\*\*|__)\s*(\S.*)$/.exec(line);
  const lines: string[] = [];
  if (runIn && MARKER.test((runIn[2] as string).trim()) && !ENDS_SENTENCE.test((runIn[2] as string).trim())) {
    lines.push(`${runIn[1]}${(runIn[2] as string).trim()}`);
    line = `${runIn[1]}${runIn[3]}`;
  }
  lines.push(line);
  return lines.map((l) => {
    const plain = l.replace(BOLD_PAIR, (_m, a?: string, b?: string) => a ?? b ?? '');
    if (plain.includes('|')) return plain;
    // Justified text laid out with spaces (`pdftotext -layout`) spaces Chinese characters apart all along
    // the line; one space (`中共中央 国务院`) is written.
    const gap = /(?<=[\u4e00-\u9fa5，、；：。])[ ]{1,3}(?=[\u4e00-\u9fa5])/g;
    const tight = (plain.match(gap) ?? []).length >= 3 ? plain.replace(gap, '') : plain;
    // A heading run into the line after a space, as web pages collapse them: `…要求 （一）指导思想`.
    return tight.replace(
      /(\S)[ \u3000]+(?=(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)[\u4e00-\u9fa5])/g,
      '$1\n',
    );
  });
}

/** `| 市财政局<br>市审计局 |`: a line break inside a markdown table cell keeps the row whole. */
function cellBreaks(text: string): string {
  return text.replace(/^.*\|.*<br\s*\/?>.*\|.*$/gim, (row) =>
    row
      .split('|')
      .map((cell) => joinCellLines(cell.split(/<br\s*\/?>/i)) || cell)
      .join(' | ')
      .replace(/^ \| | \| $/g, '|')
      .trim(),
  );
}

export function cleanLeftovers(text: string): string {
  const rows = cellBreaks(text);
  const source = HTML_TAG.test(rows) ? htmlToText(rows) : rows;
  const lines = joinTabRows(joinSpaceRows(decodeEntities(source).split(/\r\n|\n|\r/)))
    .flatMap(cleanLine)
    .filter((l) => l.trim().length > 0);
  return joinWrappedRows(unstackTables(lines)).join('\n');
}
