import { type Block, paragraph } from './reply';

/** A yes/no on a figure answered from the plan's: 是 or 不是, the plan's figure quoted. */
export function figureVerdict(same: boolean, asked: string, stated: string): Block {
  return paragraph(same ? `是:方案写的是“${stated}”。` : `不是:方案写的是“${stated}”,不是${asked}。`);
}
