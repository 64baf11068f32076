import { decodeEntities } from './decode-entities';
import { joinCellLines } from './join-cell-lines';

// HTML (mammoth's rendering of a .docx, or leftovers of a web page) → plain lines the parser reads:
// one block element a line, a table row as `| cell | cell |`. Merged cells are repeated into every
// row and column they span, because a merged 牵头单位 cell is the lead of each row it covers.

const BLOCK = /^(p|div|h[1-6]|li|tr|td|th|table|thead|tbody|ul|ol|blockquote|section|article|br|hr)$/i;

interface Cell {
  lines: string[];
  rowspan: number;
  colspan: number;
}

function tableRows(html: string): string[] {
  const grid: (string | undefined)[][] = [];
  const rows = [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((m) => m[1] as string);
  rows.forEach((row, r) => {
    grid[r] ??= [];
    const cells: Cell[] = [...row.matchAll(/<t([dh])\b([^>]*)>([\s\S]*?)<\/t\1>/gi)].map((m) => {
      const attrs = m[2] as string;
      const span = (name: string) =>
        Math.max(1, Number(new RegExp(`${name}\\s*=\\s*"?(\\d+)`, 'i').exec(attrs)?.[1] ?? 1));
      return { lines: blockLines(m[3] as string), rowspan: span('rowspan'), colspan: span('colspan') };
    });
    let c = 0;
    for (const cell of cells) {
      const line = grid[r] as (string | undefined)[];
      while (line[c] !== undefined) c++;
      const text = joinCellLines(cell.lines).replace(/\|/g, '｜');
      for (let dr = 0; dr < cell.rowspan && r + dr < rows.length; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cell.colspan; dc++) (grid[r + dr] as (string | undefined)[])[c + dc] = text;
      }
      c += cell.colspan;
    }
  });
  return grid.map((cells) => `| ${Array.from(cells, (x) => x ?? '').join(' | ')} |`);
}

/** The text of an HTML fragment, one line per block element (tables not expected inside). */
function blockLines(html: string): string[] {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
      // Bold survives as markdown's `**`: a bold run-in heading (`**（一）加强领导**成立…`) ends there.
      .replace(/<\/?(strong|b)\b[^>]*>/gi, '**')
      .replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_tag, name: string) => (BLOCK.test(name) ? '\n' : '')),
  )
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, (s) => (s.length > 1 ? ' ' : s)).trim())
    .filter((l) => l.length > 0);
}

/** Word's automatic numbering reaches HTML as `<ol><li>` without its numbers: one style per depth. */
function numberLists(html: string): string {
  const stack: { ordered: boolean; n: number }[] = [];
  return html.replace(/<(\/?)(ol|ul|li)\b[^>]*>/gi, (tag, close: string, name: string) => {
    const kind = name.toLowerCase();
    if (kind === 'li') {
      const list = stack[stack.length - 1];
      if (close || !list?.ordered) return tag;
      list.n++;
      const depth = stack.filter((l) => l.ordered).length;
      const marker =
        depth <= 1
          ? `${list.n}.`
          : depth === 2
            ? `（${list.n}）`
            : String.fromCodePoint(0x2460 + ((list.n - 1) % 20));
      return `${tag}${marker}`;
    }
    if (close) stack.pop();
    else stack.push({ ordered: kind === 'ol', n: 0 });
    return tag;
  });
}

/** Where the table opened at `from` closes, nested tables counted. */
function tableEnd(html: string, from: number): number {
  const tags = /<(\/?)table\b[^>]*>/gi;
  tags.lastIndex = from;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let rest = numberLists(html);
  for (;;) {
    const open = /<table\b[^>]*>/i.exec(rest);
    if (!open) break;
    const end = tableEnd(rest, open.index);
    const table = rest.slice(open.index, end);
    const inner = table.slice(open[0].length).replace(/<\/table>\s*$/i, '');
    out.push(...blockLines(rest.slice(0, open.index)));
    // A table used for layout (one column, or tables inside it) holds text, not rows.
    const rows = [...inner.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)];
    const layout =
      /<table\b/i.test(inner) || rows.every((r) => ((r[1] as string).match(/<t[dh]\b/gi) ?? []).length <= 1);
    out.push(
      ...(layout
        ? htmlToText(inner)
            .split('\n')
            .filter((l) => l.length > 0)
        : tableRows(table)),
    );
    rest = rest.slice(end);
  }
  out.push(...blockLines(rest));
  return out.join('\n');
}
