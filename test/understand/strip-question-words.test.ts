import { describe, expect, it } from 'vitest';
import { tokenizeBigrams } from '../../src/search/tokenize';
import { stripQuestionWords } from '../../src/understand/strip-question-words';

describe('stripQuestionWords', () => {
  it('cuts the question out and leaves the topic', () => {
    expect(stripQuestionWords('高等教育发展水平提升归哪个处室').trim()).toBe('高等教育发展水平提升');
    expect(stripQuestionWords('古城项目群建设由谁牵头').trim()).toBe('古城项目群建设');
    // A lead-in asking to look something up is cut whole, not leaving its 下 or 看 on the topic.
    expect(stripQuestionWords('帮我查下医保基金谁牵头').trim()).toBe('医保基金');
    expect(stripQuestionWords('帮我看看城市更新谁牵头').trim()).toBe('城市更新');
    // Where a thing sits, asked (`设在哪个部`): the asking words, not the thing.
    expect(stripQuestionWords('推进机制的办公室设在哪个部').replace(/\s+/g, ' ').trim()).toBe(
      '推进机制 办公室',
    );
  });

  it('cuts 由/归/是由/属于 before the asking word, and nowhere else', () => {
    expect(stripQuestionWords('加强人才支撑由谁负责').trim()).toBe('加强人才支撑');
    expect(stripQuestionWords('人才公寓由哪个单位牵头').trim()).toBe('人才公寓');
    expect(stripQuestionWords('凤凰行动是由哪个部门负责').trim()).toBe('凤凰行动');
    expect(stripQuestionWords('亲清政商关系属于哪个部门').trim()).toBe('亲清政商关系');
    expect(stripQuestionWords('耕地保有量哪个厅负责').trim()).toBe('耕地保有量');
    expect(stripQuestionWords('哪个厅负责').trim()).toBe('');
    expect(stripQuestionWords('工业投资哪个委负责').trim()).toBe('工业投资');
    expect(stripQuestionWords('涉企执法检查归哪个单位').trim()).toBe('涉企执法检查');
    expect(stripQuestionWords('自由贸易试验区由谁负责').trim()).toBe('自由贸易试验区');
  });

  it('cuts 定的/定了/定为/确定为 before 多少 or 几, not the 定 of a word of its own', () => {
    expect(stripQuestionWords('规上工业增加值增速定的多少').trim()).toBe('规上工业增加值增速');
    expect(stripQuestionWords('固投增速定了多少').trim()).toBe('固投增速');
    expect(stripQuestionWords('新增就业目标定为多少').trim()).toBe('新增就业目标');
    expect(stripQuestionWords('新增就业目标确定为多少').trim()).toBe('新增就业目标');
    expect(stripQuestionWords('粮食产量定在多少').trim()).toBe('粮食产量');
    expect(stripQuestionWords('制定了多少项制度').trim()).toMatch(/^制定\s+制度$/);
    expect(stripQuestionWords('固定资产投资多少').trim()).toBe('固定资产投资');
  });

  it('cuts how a thing is judged done (怎么算达标, 达标标准), not 达标 of a topic word', () => {
    expect(stripQuestionWords('经济责任审计覆盖率要怎么算达标').trim()).toBe('经济责任审计覆盖率');
    expect(stripQuestionWords('预算执行审计覆盖率怎样才算达标').trim()).toBe('预算执行审计覆盖率');
    expect(stripQuestionWords('重点公共工程审计覆盖率咋算合格').trim()).toBe('重点公共工程审计覆盖率');
    expect(stripQuestionWords('重大政策跟踪审计达标标准').trim()).toBe('重大政策跟踪审计');
    expect(stripQuestionWords('污水处理达标率').trim()).toBe('污水处理达标率');
  });

  it('cuts 建 after who or which unit where the question ends', () => {
    expect(stripQuestionWords('数据平台哪个单位建').trim()).toBe('数据平台');
    expect(stripQuestionWords('建设数据平台').trim()).toBe('建设数据平台');
  });

  it('leaves a space where it cut, so no term spans the cut', () => {
    expect(tokenizeBigrams(stripQuestionWords('公租房审计谁来管'))).not.toContain('计谁');
  });

  it('cuts a verb asking who does it only where the question ends, never out of a topic word', () => {
    expect(stripQuestionWords('国有企业审计哪个处在管').trim()).toBe('国有企业审计');
    expect(stripQuestionWords('公租房审计哪个处来审吗').trim()).toBe('公租房审计');
    expect(stripQuestionWords('在审计中发现的问题整改谁负责').trim()).toBe('在审计中发现 问题整改');
    expect(stripQuestionWords('存在管理漏洞的国有企业审计谁负责').trim()).toBe('存在管理漏洞 国有企业审计');
    expect(stripQuestionWords('主管部门审计谁负责').trim()).toBe('主管部门审计');
  });

  it('cuts pointing words and a verb asking who after the topic, not a verb of the work nor what follows 谁', () => {
    expect(stripQuestionWords('那个安居工程是谁管').trim()).toBe('安居工程');
    expect(stripQuestionWords('健康养老新业态这块谁在跟').trim()).toBe('健康养老新业态');
    expect(stripQuestionWords('文商旅融合发展样板打造是哪个处').trim()).toBe('文商旅融合发展样板打造');
    expect(stripQuestionWords('凤凰行动是由哪个部门负责').trim()).toBe('凤凰行动');
    expect(stripQuestionWords('规上工业总产值这项哪个单位管').trim()).toBe('规上工业总产值');
    expect(stripQuestionWords('古城项目群，谁负责？').trim()).toBe('古城项目群');
    expect(stripQuestionWords('整个方案由哪个处统筹').trim()).toMatch(/统筹$/);
    expect(stripQuestionWords('今年谁负责社保').trim()).toBe('社保');
  });

  it('cuts the figure asked with its unit and the verb of reaching it', () => {
    expect(stripQuestionWords('固定资产投资要达到多少亿').trim()).toBe('固定资产投资');
    expect(stripQuestionWords('新增养老床位多少张').trim()).toBe('新增养老床位');
    expect(stripQuestionWords('主要目标有几个').trim()).toBe('主要目标');
  });

  it('keeps frequent topic words such as 审计 for the ranking to weigh', () => {
    expect(stripQuestionWords('就业创业审计')).toBe('就业创业审计');
  });
});
