// Text extracted from PDFs breaks lines anywhere. Rebuild paragraphs: a line that does not start a
// heading, item, note, goal or table row continues the previous paragraph unless that one visibly ended.

export const TOP_HEADING = /^([一二三四五六七八九十]+)[、.．]\s*/;
export const SECTION_HEADING = /^[(（]\s*([一二三四五六七八九十]+)\s*[)）]\s*/;
export const ITEM_MARKER = /^(?:(\d{1,2})\s*[.．、](?!\d)|[(（]\s*(\d{1,2})\s*[)）]|([①-⑳]))\s*/;
export const TABLE_ROW = /\|.*\|/;
const NOTE_LINE =
  /^[(（]\s*(责任单位|责任部门|牵头单位|牵头部门|配合单位|主办单位)|^[(（][^()（）]{2,80}(负责|牵头|配合)[)）]。?$/;
const STARTS_BLOCK = /^(——|注\s*[:：]|附件|附表)/;
/** A paragraph visibly ends here: sentence punctuation or a closing note bracket. */
const ENDS = /[。；;！!？?：:)）|]$/;

export function startsBlock(line: string): boolean {
  return (
    TOP_HEADING.test(line) ||
    SECTION_HEADING.test(line) ||
    ITEM_MARKER.test(line) ||
    TABLE_ROW.test(line) ||
    NOTE_LINE.test(line) ||
    STARTS_BLOCK.test(line)
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

export function joinLines(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .map((l) => l.replace(/[\s\u3000]+$/u, '').replace(/^[\s\u3000]+/u, ''))
    .filter((l) => l.length > 0 && !/^[-—\s\d]*$/.test(l.replace(/第\s*\d+\s*页|共\s*\d+\s*页/g, '')));
  const width = wrapWidth(lines);
  const paragraphs: string[] = [];
  let lastLineLength = 0;
  for (const line of lines) {
    const prev = paragraphs[paragraphs.length - 1];
    // A short first line without closing punctuation is the document's title.
    const isTitle =
      paragraphs.length === 1 &&
      [...(prev ?? '')].length <= 60 &&
      lastLineLength === [...(prev ?? '')].length;
    const continues =
      prev !== undefined &&
      !isTitle &&
      !startsBlock(line) &&
      !ENDS.test(prev) &&
      !TOP_HEADING.test(prev) &&
      !TABLE_ROW.test(prev) &&
      // In wrapped text a short line ended its paragraph; without wrapping only punctuation tells.
      (width === undefined || lastLineLength >= width * 0.75);
    if (continues) paragraphs[paragraphs.length - 1] = prev + line;
    else paragraphs.push(line);
    lastLineLength = [...line].length;
  }
  return paragraphs;
}
