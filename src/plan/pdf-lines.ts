// pdf.js text items → lines: items on one baseline make a line, and a gap of a third of a character or more (two cells' padding)
// between items splits it into segments (the cells of a table row). Chinese text has no spaces, so
// those extraction puts beside CJK characters are dropped.

export interface Segment {
  x: number;
  end: number;
  text: string;
}

export interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

export interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export function pdfLines(items: TextItem[]): Line[] {
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
    const row = rows.find((r) => Math.abs(r.y - g.y) < Math.min(r.size, g.size) * 0.35);
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
        if (last && g.x - last.end < r.size * 0.35) {
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
