import { describe, expect, it } from 'vitest';
import { figureAskOf } from '../../src/understand/figure-ask';
import { holdsFigure } from '../../src/understand/holds-figure';

describe('what a figure question measures', () => {
  it('sets the genre’s words aside and keeps the measured thing', () => {
    expect(figureAskOf('政府债务审计覆盖率要求多少', '政府债务审计覆盖率')).toEqual({
      thing: ['政府债务'],
      measures: [{ kind: 'coverage' }],
    });
    expect(figureAskOf('经济责任审计每年要做多少个项目', '经济责任审计每年 项目')).toEqual({
      thing: ['经济责任'],
      measures: [{ kind: 'count', unit: '个' }],
    });
    expect(figureAskOf('问题线索移送率目标是多少', '问题线索移送率')).toMatchObject({
      thing: ['问题线索移'],
      measures: [{ kind: 'rate', word: '送率' }],
    });
  });
});

describe('whether a stated figure answers it', () => {
  const ask = (q: string, subject: string) => figureAskOf(q, subject);
  it('needs the thing, a figure, and the measure asked', () => {
    const debt = ask('政府债务审计覆盖率要求多少', '政府债务审计覆盖率');
    expect(holdsFigure(debt, '预算执行审计覆盖率', '100%', true)).toBe(false);
    const count = ask('经济责任审计每年做几个项目', '经济责任审计每年做 项目');
    expect(holdsFigure(count, '经济责任审计覆盖率', '重点对象5年轮审1遍', true)).toBe(false);
    expect(holdsFigure(count, '开展经济责任审计', '全年完成经济责任审计项目14个', false)).toBe(true);
  });

  it('reads an indicator as about its name, not about words beside its figure', () => {
    const count = ask('经济责任审计项目数要增加多少', '经济责任审计项目数 增加');
    expect(
      holdsFigure(
        count,
        '自然资源资产离任(任中)审计项目数',
        '项目数量比“十三五”期间增加20%以上(结合经济责任审计)',
        true,
      ),
    ).toBe(false);
  });

  it('takes 一 before a measure word for no figure (一项重要内容)', () => {
    const count = ask('经济责任审计每年做几个', '经济责任审计每年做');
    expect(holdsFigure(count, '', '把经济责任审计发现的问题作为一项重要研判内容', false)).toBe(false);
  });
});
