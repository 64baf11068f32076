import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { WeekPoint } from '../data/weekly-trend';
import { CHART } from './chart-colours';

// Twelve weeks of the ledger: registered (blue) and closed (green) items per week as bars on the left axis,
// and the items still open at each week's end as a line on the right axis.

export function WeeklyTrendChart(props: { weeks: WeekPoint[] }) {
  const { weeks } = props;
  const width = 820;
  const height = 300;
  const left = 44;
  const right = 52;
  const top = 16;
  const bottom = 40;
  const x = scaleBand()
    .domain(weeks.map((w) => w.monday))
    .range([left, width - right])
    .padding(0.2);
  const inner = scaleBand<'registered' | 'closed'>()
    .domain(['registered', 'closed'])
    .range([0, x.bandwidth()])
    .padding(0.08);
  const bars = scaleLinear()
    .domain([0, Math.max(1, ...weeks.flatMap((w) => [w.registered, w.closed]))])
    .nice()
    .range([height - bottom, top]);
  const open = scaleLinear()
    .domain([0, Math.max(1, ...weeks.map((w) => w.openAtEnd))])
    .nice()
    .range([height - bottom, top]);
  const centre = (w: WeekPoint) => (x(w.monday) ?? 0) + x.bandwidth() / 2;
  const path = line<WeekPoint>()
    .x(centre)
    .y((w) => open(w.openAtEnd))(weeks);
  const summary = weeks
    .map((w) => `${w.monday} 周:新登记 ${w.registered},销号 ${w.closed},周末未销号 ${w.openAtEnd}`)
    .join(';');
  return (
    <figure style="margin:0">
      <div class="legend">
        <span>
          <i style={`background:${CHART.blue}`} />
          新登记(左轴)
        </span>
        <span>
          <i style={`background:${CHART.green}`} />
          销号(左轴)
        </span>
        <span>
          <i style={`background:${CHART.ink};height:3px;vertical-align:3px`} />
          周末未销号(右轴)
        </span>
      </div>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`近 ${weeks.length} 周整改事项:${summary}`}
        xmlns="http://www.w3.org/2000/svg"
      >
        {bars
          .ticks(4)
          .filter(Number.isInteger)
          .map((t) => (
            <g>
              <line x1={left} x2={width - right} y1={bars(t)} y2={bars(t)} stroke={CHART.grid} />
              <text x={left - 8} y={bars(t) + 4} font-size="12" text-anchor="end" fill={CHART.muted}>
                {t}
              </text>
            </g>
          ))}
        {open
          .ticks(4)
          .filter(Number.isInteger)
          .map((t) => (
            <text x={width - right + 8} y={open(t) + 4} font-size="12" fill={CHART.muted}>
              {t}
            </text>
          ))}
        {weeks.map((w, i) => {
          const x0 = x(w.monday) ?? 0;
          return (
            <g>
              <rect
                x={x0 + (inner('registered') ?? 0)}
                y={bars(w.registered)}
                width={inner.bandwidth()}
                height={height - bottom - bars(w.registered)}
                fill={CHART.blue}
              >
                <title>{`${w.monday} 当周新登记 ${w.registered} 项`}</title>
              </rect>
              <rect
                x={x0 + (inner('closed') ?? 0)}
                y={bars(w.closed)}
                width={inner.bandwidth()}
                height={height - bottom - bars(w.closed)}
                fill={CHART.green}
              >
                <title>{`${w.monday} 当周销号 ${w.closed} 项`}</title>
              </rect>
              {i % 2 === weeks.length % 2 ? null : (
                <text
                  x={centre(w)}
                  y={height - bottom + 18}
                  font-size="12"
                  text-anchor="middle"
                  fill={CHART.muted}
                >
                  {w.monday.slice(5).replace('-', '/')}
                </text>
              )}
            </g>
          );
        })}
        {path ? <path d={path} fill="none" stroke={CHART.ink} stroke-width="2.5" /> : null}
        {weeks.map((w) => (
          <circle cx={centre(w)} cy={open(w.openAtEnd)} r="3.5" fill={CHART.ink}>
            <title>{`${w.monday} 当周末未销号 ${w.openAtEnd} 项`}</title>
          </circle>
        ))}
        <text x={left} y={height - 4} font-size="12" fill={CHART.muted}>
          周一日期
        </text>
      </svg>
    </figure>
  );
}
