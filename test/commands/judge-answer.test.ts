import { describe, expect, it } from 'vitest';
import { judge, ownersNamed, saysNotSaid, supportersNamed, verdictOf } from './judge-answer';

// The judge reads replies as staff read them; these replies are written here by hand, in the shapes the bot
// uses, so that a change to the judge shows what it reads differently.

const card = ['【谁牵头:古城项目群】', '牵头:【局教科文处】', '配合:【办公室】、【法规处】', '任务 4 …'].join(
  '\n',
);

describe('the judge', () => {
  it('reads leads on 牵头 lines and holders on 方案写明 lines, without the bureau’s 局 prefix', () => {
    expect(ownersNamed(card)).toEqual(['教科文处']);
    expect(ownersNamed('方案写明:【秘书处】负责:牵头抓总')).toEqual(['秘书处']);
    expect(ownersNamed('【组长】\n【组长:局主要领导】\n出处:保障措施 三(一)')).toEqual(['主要领导']);
  });

  it('takes a placeholder such as (方案未写明) in an owner’s place for nobody', () => {
    expect(ownersNamed('牵头:【(方案未写明)】\n配合:(方案未写明)')).toEqual([]);
  });

  it('reads co-operators on 配合 lines and counts one the note does not name as wrong', () => {
    expect(supportersNamed(card)).toEqual(['办公室', '法规处']);
    const verdict = judge(card, { lead: ['教科文处'], support: ['办公室'] });
    expect(verdict.wrong).toEqual(['法规处']);
  });

  it('does not read highlighted words of a quoted passage as owners', () => {
    const refusal =
      '方案中没有提到“审记”。\n■ 可能相关\n· 任务 3.2 …(责任单位:局【社保处】牵头、相关处室配合)';
    expect(ownersNamed(refusal)).toEqual([]);
  });

  it('reads a yes/no verdict from the first line after the title, else from the leads named', () => {
    expect(verdictOf('【是否由投资处牵头】\n是。牵头:【投资处】')).toBe(true);
    expect(verdictOf('不是,由社保处牵头。')).toBe(false);
    expect(verdictOf('【投资处的任务与目标】\n■ 牵头任务(2 项)')).toBeUndefined();
    const named = '【谁牵头:停车泊位是市建设局】\n牵头:【市综合执法局、市公安局】\n配合:市建设局';
    expect(
      judge(named, { yes: false, asked: '市建设局', alsoAllowed: ['市综合执法局', '市公安局'] }).complete,
    ).toBe(true);
    expect(
      judge(named, { yes: true, asked: '市建设局', alsoAllowed: ['市综合执法局', '市公安局'] }).complete,
    ).toBe(false);
  });

  it('hears “the plan does not say” in its usual wordings, and not in 没看懂', () => {
    expect(saysNotSaid('方案中没有提到“债务”,也没有为它指定牵头处室。')).toBe(true);
    expect(saysNotSaid('方案没有为“财政决算审计”指定牵头处室:它写在主要目标和指标中')).toBe(true);
    expect(saysNotSaid('方案中没有编号为“第二十条”的任务。')).toBe(true);
    expect(saysNotSaid('没看懂“你好”。可以试试:……')).toBe(false);
    expect(saysNotSaid(card)).toBe(false);
  });

  it('does not count words the reply only repeats from the question', () => {
    expect(
      judge('【搜索:整改完成率是约束性吗】\n· 指标6 整改完成率', { mentions: ['约束性'] }).complete,
    ).toBe(false);
    expect(judge('方案没有给出“约束性指标”的目标或数值。', { mentions: ['约束性'] }).complete).toBe(false);
    expect(judge('没看懂“约束性”。', { mentions: ['约束性'] }).complete).toBe(false);
    expect(judge('【指标6 整改完成率】\n属性:约束性', { mentions: ['约束性'] }).complete).toBe(true);
  });

  it('finds a heading the answer must show through highlight marks and full-width punctuation', () => {
    const reply = '· 2.2 推进“高效办成一件事”(二(一)2):围绕【企业开办】…';
    expect(judge(reply, { mentions: ['推进“高效办成一件事”'] }).complete).toBe(true);
    expect(judge('· 指标3:【覆盖率达到】100%', { mentions: ['覆盖率达到100%'] }).complete).toBe(true);
    expect(judge('· 指标3:覆盖率达到95%', { mentions: ['覆盖率达到100%'] }).complete).toBe(false);
  });
});
