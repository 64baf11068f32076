import type { Block, Line } from '../reply/reply';

// The digest's chart: a grouped bar chart (VChart spec for the Lark card `chart` element) of this week's
// updates and the open rectification items per division. Plain data only: Lark rejects JavaScript in specs.

export interface DivisionCounts {
  division: string;
  updates: number;
  openItems: number;
}

const UPDATES = '本期进展(条)';
const OPEN = '未销号整改(项)';

export function digestChart(rows: readonly DivisionCounts[]): Block {
  const values = rows.flatMap((r) => [
    { division: r.division, series: UPDATES, count: r.updates },
    { division: r.division, series: OPEN, count: r.openItems },
  ]);
  const spec: Record<string, unknown> = {
    type: 'bar',
    data: { values },
    xField: ['division', 'series'],
    yField: 'count',
    seriesField: 'series',
    legends: { visible: true, orient: 'bottom' },
    label: { visible: true },
    axes: [
      { orient: 'left', title: { visible: true, text: '数量' } },
      { orient: 'bottom', type: 'band' },
    ],
  };
  const fallback: Line[] = rows.map(
    (r) => `${r.division}:本期进展 ${r.updates} 条,未销号整改 ${r.openItems} 项`,
  );
  return { type: 'chart', title: '各处室本期进展与未销号整改事项', spec, fallback };
}
