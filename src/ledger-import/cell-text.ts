import type { GridCell } from './sheet-grid';

// A cell as one line of text: numbers as written in decimal, dates as YYYY-MM-DD, inner line breaks and
// runs of spaces as one space. Words that mean "nothing here" (`-`, `/`, `无`) count as blank.

const NOTHING = /^(?:[-—–/\\—_]+|无|暂无|空|\/)$/;

export function cellText(cell: GridCell): string {
  if (cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return numberText(cell);
  return cell.replace(/\s+/g, ' ').trim();
}

/** Whether a cell holds nothing (blank, or a dash/无 for none). */
export const isBlank = (cell: GridCell) => NOTHING.test(cellText(cell)) || cellText(cell) === '';

/** A number in plain decimal (never `1e-7`), without the float noise of `0.1 + 0.2`. */
export function numberText(n: number): string {
  const text = String(Number(n.toPrecision(15)));
  if (!/e/i.test(text)) return text;
  return n.toFixed(12).replace(/\.?0+$/, '');
}
