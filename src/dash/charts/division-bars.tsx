import { scaleBand, scaleLinear } from 'd3-scale';
import type { Figures } from '../data/ledger-figures';
import { CHART } from './chart-colours';

// Per division, one stacked bar of its items: overdue (red), due within 7 working days (yellow), other open (blue),
// closed (green) — server-drawn SVG, readable without JavaScript and in print.

const SEGMENTS = [
  { key: 'overdue', label: '逾期', colour: CHART.red, text: '#fff' },
  { key: 'dueSoon', label: '7 个工作日内到期', colour: CHART.yellow, text: CHART.ink },
  { key: 'otherOpen', label: '其他未销号', colour: CHART.blue, text: '#fff' },
  { key: 'closed', label: '已销号', colour: CHART.green, text: '#fff' },
] as const;

type Row = Record<(typeof SEGMENTS)[number]['key'], number> & { division: string };

export function divisionRows(divisions: readonly ({ division: string } & Figures)[]): Row[] {
  return divisions.map((d) => ({
    division: d.division,
    overdue: d.stats.overdue,
    dueSoon: d.dueSoon,
    otherOpen: d.open - d.stats.overdue - d.dueSoon,
    closed: d.stats.closed,
  }));
}

export function DivisionBars(props: { rows: Row[] }) {
  const { rows } = props;
  const width = 820;
  const left = 96;
  const right = 56;
  const top = 8;
  const rowHeight = 38;
  const height = top + Math.max(1, rows.length) * rowHeight + 26;
  const total = (r: Row) => SEGMENTS.reduce((n, s) => n + r[s.key], 0);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...rows.map(total))])
    .nice()
    .range([left, width - right]);
  const y = scaleBand()
    .domain(rows.map((r) => r.division))
    .range([top, height - 26])
    .padding(0.22);
  const summary = rows
    .map((r) => `${r.division}:${SEGMENTS.map((s) => `${s.label} ${r[s.key]}`).join(',')}`)
    .join(';');
  return (
    <figure style="margin:0">
      <div class="legend">
        {SEGMENTS.map((s) => (
          <span>
            <i style={`background:${s.colour}`} />
            {s.label}
          </span>
        ))}
      </div>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`各处室整改事项:${summary}`}
        xmlns="http://www.w3.org/2000/svg"
      >
        {x
          .ticks(5)
          .filter(Number.isInteger)
          .map((t) => (
            <g>
              <line x1={x(t)} x2={x(t)} y1={top} y2={height - 26} stroke={CHART.grid} />
              <text x={x(t)} y={height - 8} font-size="12" text-anchor="middle" fill={CHART.muted}>
                {t}
              </text>
            </g>
          ))}
        {rows.map((r) => {
          let from = 0;
          const y0 = y(r.division) ?? 0;
          const band = y.bandwidth();
          return (
            <g>
              <text x={left - 10} y={y0 + band / 2 + 5} font-size="15" text-anchor="end" fill={CHART.ink}>
                {r.division}
              </text>
              {SEGMENTS.map((s) => {
                const n = r[s.key];
                const x0 = x(from);
                from += n;
                const w = x(from) - x0;
                if (n === 0) return null;
                return (
                  <g>
                    <rect x={x0} y={y0} width={w} height={band} fill={s.colour}>
                      <title>{`${r.division} ${s.label} ${n} 项`}</title>
                    </rect>
                    {w >= 22 ? (
                      <text
                        x={x0 + w / 2}
                        y={y0 + band / 2 + 5}
                        font-size="13"
                        text-anchor="middle"
                        fill={s.text}
                      >
                        {n}
                      </text>
                    ) : null}
                  </g>
                );
              })}
              <text x={x(from) + 6} y={y0 + band / 2 + 5} font-size="13" fill={CHART.muted}>
                {total(r)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
