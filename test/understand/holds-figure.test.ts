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
      perYear: true,
    });
    expect(figureAskOf('问题线索移送率目标是多少', '问题线索移送率')).toMatchObject({
      thing: ['问题线索移'],
      measures: [{ kind: 'rate', word: '送率' }],
    });
  });
});

describe('a growth asked as 增速, an amount asked in its unit', () => {
  it('reads 增速 as the growth asked, not as words of the thing', () => {
    expect(figureAskOf('居民收入增速定的多少', '居民收入增速')).toEqual({
      thing: ['居民收入'],
      measures: [{ kind: 'growth' }],
    });
  });

  it('is not answered by a figure without that unit (a % growth is no 亿)', () => {
    const amount = figureAskOf('固定资产投资要完成多少亿', '固定资产投资 亿');
    expect(amount.measures).toEqual([{ kind: 'count', unit: '亿' }]);
    expect(holdsFigure(amount, '固定资产投资增长10%以上', '固定资产投资增长10%以上', false)).toBe(false);
    expect(holdsFigure(amount, '固定资产投资', '完成固定资产投资850亿元', false)).toBe(true);
    const money = figureAskOf('人才补助多少万元', '人才补助');
    expect(holdsFigure(money, '人才补助', '给予人才补助最高50万元', false)).toBe(true);
    expect(holdsFigure(money, '人才补助', '人才补助覆盖率达到90%', false)).toBe(false);
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

  it('keeps the plan’s own words whole and reads 几年轮审一遍 as a coverage', () => {
    const plan = '建设高技能人才培训基地10家、技能大师工作室20家。发放人才购房补贴。';
    const inPlan = (t: string) => plan.includes(t);
    expect(figureAskOf('技能大师工作室建几家', '技能大师工作室建', inPlan).thing).toEqual(['技能大师工作室']);
    expect(figureAskOf('经济责任审计几年轮审一遍', '经济责任审计几年轮审一遍')).toEqual({
      thing: ['经济责任'],
      measures: [{ kind: 'coverage' }],
    });
  });

  it('answers 每年 with no figure stated over several years, and 多少 only from the clause naming the thing', () => {
    const perYear = figureAskOf('每年引进多少大学生', '每年引进 大学生');
    expect(holdsFigure(perYear, '', '到2026年，三年新引进大学生5万人以上', false)).toBe(false);
    expect(holdsFigure(perYear, '', '赴全国高校开展招才引智活动，每年新引进大学生1.7万人以上', false)).toBe(
      true,
    );
    const subsidy = figureAskOf('人才购房补贴标准是多少', '人才购房补贴 标准是');
    expect(holdsFigure(subsidy, '保障人才安居', '每年筹集人才租赁住房2000套，发放人才购房补贴', false)).toBe(
      false,
    );
    const rotation = figureAskOf('经济责任审计几年轮审一遍', '经济责任审计几年轮审一遍');
    expect(
      holdsFigure(
        rotation,
        '加强审计监督干部队伍建设',
        '开展领导干部经济责任审计，实现对主要领导干部5年轮审1遍',
        false,
      ),
    ).toBe(true);
  });
});

describe('a cap asked as 控制在多少', () => {
  it('asks the figure however the plan states it, 控制在 no word of the thing', () => {
    const ask = figureAskOf('居民消费价格涨幅控制在多少', '居民消费价格涨幅控制在');
    expect(ask.thing).toEqual(['居民消费价格涨幅']);
    expect(holdsFigure(ask, '居民消费价格涨幅', '3%左右', true)).toBe(true);
    expect(holdsFigure(ask, '城镇调查失业率', '5.5%左右', true)).toBe(false);
  });
});

describe('a total asked (总数, 一共, 合计)', () => {
  it('is all of the thing: not answered by a target counting one kind of it, nor by a per-year figure', () => {
    const total = figureAskOf('政策跟踪审计项目总数是多少', '政策跟踪审计项目总数');
    expect(total).toMatchObject({ thing: ['政策跟踪'], total: true });
    // The name holds a kind of its own (重大) beyond the thing asked.
    expect(holdsFigure(total, '重大政策跟踪审计项目数', '共15项', true)).toBe(false);
    expect(holdsFigure(total, '政策跟踪审计项目数', '共15项', true)).toBe(true);
    expect(holdsFigure(total, '政策跟踪审计项目总数', '共15项', true)).toBe(true);
    // Stated per year, where no year was asked: not a total.
    expect(holdsFigure(total, '政策跟踪审计项目数', '每年3项以上', true)).toBe(false);
    const perYear = figureAskOf('政策跟踪审计项目每年一共几项', '政策跟踪审计项目');
    expect(holdsFigure(perYear, '政策跟踪审计项目数', '每年3项以上', true)).toBe(true);
  });

  it('is of a count or an amount: a rate asked with 一共 is the rate', () => {
    expect(figureAskOf('审计整改完成率一共要多少', '审计整改完成率').total).toBeUndefined();
  });

  it('keeps 合计 and 全部 out of the thing', () => {
    expect(figureAskOf('审计项目合计多少', '审计项目合计').thing).toEqual([]);
    expect(figureAskOf('全部审计项目要多少个', '全部审计项目').thing).toEqual([]);
  });
});
