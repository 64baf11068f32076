import type { Reply } from '../../reply/reply';
import { list, note, paragraph } from '../../reply/reply';
import { indicatorCell } from '../../understand/indicator-column-ask';
import type { Ask } from '../../understand/reading';
import type { CoreDeps } from '../context';
import { indicatorLabel } from './present';
import { indicatorReply } from './targets';

const COLUMN_NAME = { attribute: '属性', category: '类别' } as const;

/**
 * A column of the indicator table asked: the row's cell, said first, over the indicator's card; the rows whose
 * cell holds the value asked; or, where the table has no such cell for the row, that the plan does not say.
 */
export function indicatorColumnReply(ask: Extract<Ask, { kind: 'indicator-column' }>, deps: CoreDeps): Reply {
  const name = COLUMN_NAME[ask.column];
  if ('value' in ask) {
    const rows = deps.knowledge.plan.indicators.filter((i) => indicatorCell(i, ask.column) === ask.value);
    return {
      title: `${name}为“${ask.value}”的指标(${rows.length} 项)`,
      colour: 'blue',
      blocks: [
        list(rows.map((i) => `${indicatorLabel(i)}:${i.target}`)),
        note('发“目标”查看全部目标和指标。'),
      ],
    };
  }
  const { indicator } = ask;
  const cell = indicatorCell(indicator, ask.column);
  if (!cell)
    return {
      title: indicatorLabel(indicator),
      colour: 'grey',
      blocks: [
        paragraph(`方案的指标表没有给出“${indicator.name}”的${name}。`),
        note('发“目标”查看全部目标和指标。'),
      ],
    };
  const card = indicatorReply(indicator, deps);
  return {
    ...card,
    blocks: [paragraph(`“${indicator.name}”的${name}:${cell}(方案的指标表)。`), ...card.blocks],
  };
}
