import type { Indicator } from '../plan/model';
import { ASKS_WHICH_ROWS, INDICATOR_COLUMN_WORDS, TARGET_NOUNS } from './grammar';
import { longestShared } from './longest-shared';
import type { Ask, IndicatorColumn, ReadContext } from './reading';

// A column of the indicator table asked: `整改完成率指标是约束性还是预期性` (the 属性 of one row, named by the
// values the table's column holds or by the word for the column), `财政审计覆盖率这个指标属于哪个类别`, and
// `哪些指标是约束性的` (the rows whose cell holds one of the column's values). The values are read from the
// plan's table; only the words for the columns are grammar.

const COLUMNS: readonly IndicatorColumn[] = ['attribute', 'category'];

/** The indicator's cell in a column ('' where the table has none). */
export function indicatorCell(indicator: Indicator, column: IndicatorColumn): string {
  return (column === 'attribute' ? indicator.attribute : indicator.category) ?? '';
}

/** Fewest characters of an indicator's name a question must share to name it. */
const NAMED_BY = 4;

/** The one indicator whose name shares the longest run with the words (at least NAMED_BY), when one does. */
function indicatorNamed(words: string, indicators: readonly Indicator[]): Indicator | undefined {
  const scored = indicators
    .map((indicator) => ({ indicator, shared: longestShared(words, indicator.name) }))
    .filter((x) => x.shared >= NAMED_BY)
    .sort((a, b) => b.shared - a.shared);
  const [best, next] = scored;
  return best && (!next || next.shared < best.shared) ? best.indicator : undefined;
}

export function indicatorColumnAsk(text: string, ctx: Pick<ReadContext, 'knowledge'>): Ask | undefined {
  const { indicators } = ctx.knowledge.plan;
  if (indicators.length === 0) return undefined;
  for (const column of COLUMNS) {
    const values = [...new Set(indicators.map((i) => indicatorCell(i, column)).filter(Boolean))];
    const said = values.filter((v) => text.includes(v));
    const word = INDICATOR_COLUMN_WORDS[column];
    if (said.length === 0 && !word.test(text)) continue;
    let rest = text.replace(new RegExp(word.source, 'g'), ' ');
    for (const v of said) rest = rest.replaceAll(v, ' ');
    const indicator = indicatorNamed(rest.replace(TARGET_NOUNS, ' '), indicators);
    if (indicator) return { kind: 'indicator-column', column, indicator };
    if (said.length === 1 && /指标/.test(text) && ASKS_WHICH_ROWS.test(text))
      return { kind: 'indicator-column', column, value: said[0] as string };
  }
  return undefined;
}

/** Whether the words ask a column of the indicator table by its name (`是什么属性的指标`). */
export function indicatorColumnAsked(text: string): boolean {
  return COLUMNS.some((column) => INDICATOR_COLUMN_WORDS[column].test(text));
}
