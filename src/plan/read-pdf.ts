import { type Line, pdfLines, type Segment, type TextItem } from './pdf-lines';
import { pdfTableRows } from './pdf-table-rows';
import { PlanFileError } from './plan-file-error';

// A PDF plan's text through pdf.js (unpdf), rebuilt from positions. A table starts at a line of several
// cells and runs while the lines are not body text (a heading, or a line across most of the page); its
// rows come out as `| … |` as in a text or Word copy. A first line indented from the margin starts a
// paragraph. Running headers and footers (a page's first or last line repeated on other pages) and page
// numbers are dropped. unpdf loads only when a PDF is read.

const HEADING =
  /^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?!\d)|附件|附表|注\s*[:：])/;

/** One page's body lines as text lines, tables as rows. */
function pageText(lines: Line[], margin: number, right: number): string[] {
  const out: string[] = [];
  const width = Math.max(1, right - margin);
  const isBody = (l: Line) => {
    const s = l.segments[0] as Segment;
    return l.segments.length === 1 && (HEADING.test(s.text) || s.end - s.x >= width * 0.6);
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.segments.length >= 2) {
      let j = i + 1;
      let lastRow = i;
      while (j < lines.length && !isBody(lines[j] as Line)) {
        if ((lines[j] as Line).segments.length >= 2) lastRow = j;
        j++;
      }
      // After the last line of cells, only lines close below it are still the table's.
      let end = lastRow + 1;
      while (end < j && (lines[end - 1] as Line).y - (lines[end] as Line).y < (lines[end] as Line).size * 2.2)
        end++;
      // One line of cells, or lines no gap runs down (text spaced out by justification), are no table.
      const region = lines.slice(i, end);
      const rows =
        region.filter((l) => l.segments.length >= 2).length >= 2 ? pdfTableRows(region) : undefined;
      if (rows) {
        out.push(...rows);
        i = end;
        continue;
      }
      out.push(line.segments.map((s) => s.text).join(''));
      i++;
      continue;
    }
    const first = line.segments[0] as Segment;
    out.push(`${first.x > margin + line.size * 1.5 ? '\u3000\u3000' : ''}${first.text}`);
    i++;
  }
  return out;
}

const PAGE_NUMBER =
  /^[-—–－·•\s]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－·•\s]*$/;

export async function readPdf(bytes: Uint8Array, file: string): Promise<string> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 } as never);
  } catch (error) {
    const name = (error as { name?: string })?.name ?? '';
    if (name === 'PasswordException') throw new PlanFileError('encrypted', file);
    throw new PlanFileError('corrupt', file, 'PDF');
  }
  try {
    const pages: Line[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pdfLines(content.items as unknown as TextItem[]));
    }
    const chars = pages.flat().reduce((sum, l) => sum + l.segments.reduce((s, x) => s + x.text.length, 0), 0);
    if (chars < 10) throw new PlanFileError('scanned', file);
    // A page's first or last line that comes back on other pages (page numbers aside) is furniture.
    const key = (l: Line) =>
      l.segments
        .map((s) => s.text)
        .join(' ')
        .replace(/\d+/g, '#');
    const edges = new Map<string, number>();
    for (const lines of pages)
      for (const l of new Set([lines[0], lines[lines.length - 1]]))
        if (l) edges.set(key(l), (edges.get(key(l)) ?? 0) + 1);
    const furniture = (l: Line, i: number, lines: Line[]) =>
      (i === 0 || i === lines.length - 1) &&
      ((pages.length > 1 && (edges.get(key(l)) ?? 0) >= 2) ||
        PAGE_NUMBER.test(l.segments.map((s) => s.text).join('')));
    const out: string[] = [];
    for (const lines of pages) {
      const body = lines.filter((l, i) => !furniture(l, i, lines));
      const starts = body
        .filter((l) => l.segments.length === 1)
        .map((l) => Math.round((l.segments[0] as Segment).x));
      const margin = starts.length > 0 ? Math.min(...starts) : 0;
      const right = Math.max(0, ...body.map((l) => (l.segments[l.segments.length - 1] as Segment).end));
      out.push(...pageText(body, margin, right));
    }
    return out.join('\n');
  } finally {
    await pdf.cleanup();
    await pdf.loadingTask.destroy();
  }
}
