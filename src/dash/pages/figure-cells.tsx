import type { Figures } from '../data/ledger-figures';
import { money, rateText } from './figures-text';

/** One row's figures in the per-division table (`td`), or the total's (`th`): the same cells either way. */
export function FigureCells(props: { figures: Figures; total?: boolean }) {
  const { stats: s, open, dueSoon } = props.figures;
  const Cell = props.total ? 'th' : 'td';
  const cells: [string, string | number, string?][] = [
    ['count', s.count],
    ['open', open],
    ['overdue', s.overdue, s.overdue > 0 && !props.total ? 'red-text' : ''],
    ['dueSoon', dueSoon, dueSoon > 0 && !props.total ? 'yellow-text' : ''],
    ['closed', s.closed],
    ['due', s.due],
    ['rate', rateText(s.rate)],
    ['amount', money(s.amount)],
    ['rectifiedAmount', money(s.rectifiedAmount)],
  ];
  return (
    <>
      {cells.map(([figure, value, tone]) => (
        <Cell class={`num ${tone ?? ''}`} data-figure={figure}>
          {value}
        </Cell>
      ))}
    </>
  );
}
