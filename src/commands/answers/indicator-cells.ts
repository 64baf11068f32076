import type { Indicator } from '../../plan/model';

/**
 * The cells of an indicator's row besides its name and target, each named by its column, only those the table
 * has: `类别:推动财政资金高效使用`, `属性:约束性`.
 */
export function indicatorCells(indicator: Indicator): string[] {
  return [
    ...(indicator.category ? [`类别:${indicator.category}`] : []),
    ...(indicator.attribute ? [`属性:${indicator.attribute}`] : []),
  ];
}
