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

/**
 * A long cell said without a few of its words (`领导干部履职尽责` of the 类别 `推动领导干部履职尽责`): the one value
 * the text shares all but three characters of, at least six.
 */
function valueNear(text: string, values: readonly string[]): string | undefined {
  const scored = values
    .map((value) => ({ value, shared: longestShared(text, value) }))
    .filter((x) => x.shared >= Math.max(6, x.value.length - 3))
    .sort((a, b) => b.shared - a.shared);
  const [best, next] = scored;
  return best && (!next || next.shared < best.shared) ? best.value : undefined;
}

export function indicatorColumnAsk(text: string, ctx: Pick<ReadContext, 'knowledge'>): Ask | undefined {
  const { indicators } = ctx.knowledge.plan;
  if (indicators.length === 0) return undefined;
  for (const column of COLUMNS) {
    const values = [...new Set(indicators.map((i) => indicatorCell(i, column)).filter(Boolean))];
    const whole = values.filter((v) => text.includes(v));
    const near = whole.length === 0 ? valueNear(text, values) : undefined;
    const said = near ? [near] : whole;
    const word = INDICATOR_COLUMN_WORDS[column];
    if (said.length === 0 && !word.test(text)) continue;
    let rest = text.replace(new RegExp(word.source, 'g'), ' ');
    for (const v of whole) rest = rest.replaceAll(v, ' ');
    if (near)
      return /指标/.test(text) && ASKS_WHICH_ROWS.test(text)
        ? { kind: 'indicator-column', column, value: near }
        : undefined;
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
