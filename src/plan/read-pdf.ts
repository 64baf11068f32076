import { joinCellLines } from './join-cell-lines';
import { PlanFileError } from './plan-file-error';

// A PDF plan's text through pdf.js (unpdf), rebuilt from positions: items on one baseline make a line;
// a wide gap between items splits a line into table cells, and a line whose text starts under a later
// column continues the cells of the row above (a wrapped cell), so a table reads as `| … |` rows as in
// a text or Word copy. A first line indented from the margin starts a paragraph. Running headers and
// footers (a page's first or last line repeated on other pages) and page numbers are dropped.
// unpdf loads only when a PDF is read.

interface Segment {
  x: number;
  end: number;
  text: string;
}

interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

const PAGE_NUMBER =
  /^[-—–－·•\s]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－·•\s]*$/;

function linesOf(items: TextItem[]): Line[] {
  const glyphs = items
    // pdf.js reports the space between table cells as items of their own: positions tell the gaps.
    .filter((i) => i.str.trim().length > 0)
    .map((i) => ({
      text: i.str,
      x: i.transform[4] as number,
      y: i.transform[5] as number,
      width: i.width,
      size: Math.max(1, Math.hypot(i.transform[2] as number, i.transform[3] as number) || i.height || 10),
    }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; size: number; glyphs: typeof glyphs }[] = [];
  for (const g of glyphs) {
    const row = rows.find((r) => Math.abs(r.y - g.y) < Math.min(r.size, g.size) * 0.5);
    if (row) row.glyphs.push(g);
    else rows.push({ y: g.y, size: g.size, glyphs: [g] });
  }
  return rows
    .sort((a, b) => b.y - a.y)
    .map((r) => {
      const sorted = r.glyphs.sort((a, b) => a.x - b.x);
      const segments: Segment[] = [];
      for (const g of sorted) {
        const last = segments[segments.length - 1];
        if (last && g.x - last.end < r.size * 2) {
          const ascii = /[\x21-\x7e]$/.test(last.text) && /^[\x21-\x7e]/.test(g.text);
          last.text += ascii && g.x - last.end > r.size * 0.2 ? ` ${g.text}` : g.text;
          last.end = Math.max(last.end, g.x + g.width);
        } else segments.push({ x: g.x, end: g.x + g.width, text: g.text });
      }
      // Chinese text has no spaces; the ones extraction puts beside CJK characters are layout.
      for (const s of segments)
        s.text = s.text.replace(/\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+/g, '').trim();
      return { y: r.y, size: r.size, segments: segments.filter((s) => s.text.length > 0) };
    })
    .filter((l) => l.segments.length > 0);
}

interface Table {
  columns: number[];
  right: number;
  cells: { text: string; end: number }[][];
}

/** Write out the row being gathered, if any. */
function flush(state: { table?: Table; out: string[] }): void {
  const t = state.table;
  if (!t?.cells.some((c) => c.length > 0)) return;
  const row = t.cells.map((cell, c) =>
    joinCellLines(
      cell.map((x) => x.text),
      (i) => (t.columns[c + 1] ?? t.right) - (cell[i]?.end ?? 0) > 24,
    ),
  );
  state.out.push(`| ${row.map((x) => x.replace(/\|/g, '｜')).join(' | ')} |`);
  t.cells = t.columns.map(() => []);
}

/** One page's lines as text lines, table rows as `| … |`; `state` carries a table over a page break. */
function pageText(
  lines: Line[],
  margin: number,
  right: number,
  state: { table?: Table; out: string[] },
): void {
  const columnOf = (t: Table, x: number, size: number) => {
    let best = 0;
    t.columns.forEach((c, i) => {
      if (x >= c - size) best = i;
    });
    return best;
  };
  for (const line of lines) {
    const t = state.table;
    const first = line.segments[0] as Segment;
    if (line.segments.length >= 2) {
      const aligned =
        t && line.segments.every((s) => t.columns.some((c) => Math.abs(c - s.x) < line.size * 1.5));
      if (t && (aligned || first.x > (t.columns[0] as number) + line.size)) {
        // A new row starts in the first column; anything else wraps the cells above.
        const continues = first.x > (t.columns[0] as number) + line.size && t.cells.some((c) => c.length > 0);
        if (!continues) flush(state);
        for (const s of line.segments)
          t.cells[columnOf(t, s.x, line.size)]?.push({ text: s.text, end: s.end });
        continue;
      }
      flush(state);
      const columns = line.segments.map((s) => s.x);
      state.table = {
        columns,
        right: Math.max(right, ...line.segments.map((s) => s.end)),
        cells: columns.map(() => []),
      };
      line.segments.forEach((s, i) => {
        state.table?.cells[i]?.push({ text: s.text, end: s.end });
      });
      continue;
    }
    if (t?.cells.some((c) => c.length > 0)) {
      const col = columnOf(t, first.x, line.size);
      const within = first.end <= (t.columns[col + 1] ?? t.right) + line.size;
      // A lone line under a later column wraps that cell; one at the margin is the text after the table.
      if (col > 0 && within) {
        t.cells[col]?.push({ text: first.text, end: first.end });
        continue;
      }
    }
    flush(state);
    state.table = undefined;
    const indented = first.x > margin + line.size * 1.5;
    state.out.push(`${indented ? '\u3000\u3000' : ''}${first.text}`);
  }
}

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
      pages.push(linesOf(content.items as unknown as TextItem[]));
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
    const state: { table?: Table; out: string[] } = { out: [] };
    for (const lines of pages) {
      const body = lines.filter((l, i) => !furniture(l, i, lines));
      const starts = body
        .filter((l) => l.segments.length === 1)
        .map((l) => Math.round((l.segments[0] as Segment).x));
      const margin = starts.length > 0 ? Math.min(...starts) : 0;
      const right = Math.max(0, ...body.map((l) => (l.segments[l.segments.length - 1] as Segment).end));
      pageText(body, margin, right, state);
    }
    flush(state);
    return state.out.join('\n');
  } finally {
    await pdf.cleanup();
    await pdf.loadingTask.destroy();
  }
}
