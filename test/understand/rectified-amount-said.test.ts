import { describe, expect, it } from 'vitest';
import { rectifiedAmountSaid } from '../../src/understand/rectified-amount-said';

// Closing notes as 处长 write them: one amount said to be recovered or put right is the amount rectified.

describe('rectifiedAmountSaid', () => {
  it.each([
    ['80万元违规资金已全部追回', 80],
    ['已收回违规使用的专项债券资金120万元', 120],
    ['已退还多发补助八千元', 0.8],
    ['已归还3000元', 0.3],
    ['已追回1,200万元', 1200],
    ['问题已整改到位,涉及资金0.5亿元', 5000],
  ])('reads %s as %s 万元 rectified', (note, value) => {
    expect(rectifiedAmountSaid(note)?.value).toBe(value);
  });

  it.each([
    ['资金已全部收回'],
    ['追回30万元,剩余50万元下月追回'],
    ['80万元尚未追回,先行销号'],
    ['约80万元已追回'],
    ['80多万元已追回'],
    ['涉及金额80万元,已约谈单位负责人'],
  ])('takes no amount from %s', (note) => {
    expect(rectifiedAmountSaid(note)).toBeUndefined();
  });
});
