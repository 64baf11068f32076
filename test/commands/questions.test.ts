import { describe, expect, it } from 'vitest';
import { ask } from '../support/core';

// Realistic staff questions, in their own words, with the division that leads the matching task.
// The expectation is what the plan text says; the bot must find it by parsing and searching the plan.
const WHO_QUESTIONS: [string, string][] = [
  ['高等教育发展水平提升归哪个处室?', '教科文处'],
  ['古城项目群建设由谁牵头', '教科文处'],
  ['公租房审计谁来管', '投资处'],
  ['科创平台审计归哪个处室', '教科文处'],
  ['人才强市相关的审计谁负责?', '教科文处'],
  ['高能级实验室建设审计谁牵头', '教科文处'],
  ['创新型城市建设的审计由哪个处负责', '教科文处'],
  ['国企改革审计谁来管', '企金处'],
  ['产业平台体系建设审计归哪个处', '企金处'],
  ['企业长高长壮培育行动审计由谁牵头', '企金处'],
  ['投融资体制机制创新谁负责', '企金处'],
  ['老旧小区改造审计谁负责', '投资处'],
  ['未来社区建设归哪个处室?', '投资处'],
  ['重大交通项目审计谁牵头', '投资处'],
  ['城市能级和品质提升的审计谁来做', '投资处'],
  ['污水零直排区谁负责', '农环处'],
  ['美丽乡村建设审计归哪个处室', '农环处'],
  ['耕地保护审计谁来管?', '农环处'],
  ['乡村振兴相关审计由谁牵头', '农环处'],
  ['东西部协作审计哪个处负责', '农环处'],
  ['创业就业审计谁牵头', '社保处'],
  ['创业孵化基地审计归谁管', '社保处'],
  ['重点群体增收的审计谁负责', '社保处'],
  ['学前教育审计谁负责', '教科文处'],
  ['职业教育产教融合谁来管', '教科文处'],
  ['智慧学校建设归哪个处', '教科文处'],
  ['养老保险城乡统筹谁负责', '社保处'],
  ['医共体建设审计归哪个处室', '社保处'],
  ['低保标准调整谁来管?', '社保处'],
  ['残疾人保障审计谁牵头', '社保处'],
  ['保障性租赁住房审计谁负责', '投资处'],
  ['危旧房改造归哪个处室', '投资处'],
  ['安居工程审计谁牵头?', '投资处'],
  ['兰亭书法节审计谁负责', '教科文处'],
  ['重大文化设施建设审计归哪个处', '教科文处'],
  ['大禹文化传承谁来管', '教科文处'],
  ['基层社会治理审计谁牵头', '农环处'],
  ['民主法治村建设归哪个处室', '农环处'],
  ['四治融合城乡治理谁负责?', '农环处'],
  ['健康养老新业态审计由谁牵头', '社保处'],
  ['绿色低碳转型审计谁负责', '农环处'],
  ['文商旅融合归哪个处室', '教科文处'],
];

describe('谁牵头 (plain questions)', () => {
  it.each(WHO_QUESTIONS)('answers “%s” with %s as the lead', async (question, division) => {
    const reply = await ask(question);
    expect(reply).toMatch(new RegExp(`牵头:【${division}】`));
    expect(reply).toMatch(/任务 \d(\.\d)? .+(二\([一二三四五]\)\d?)/);
    expect(reply).toMatch(/原文:.*【.+】/);
  });

  it('answers the explicit command form with the task id and clause', async () => {
    const reply = await ask('谁牵头 古城项目群');
    expect(reply).toContain('牵头:【教科文处】');
    expect(reply).toContain('二(四)');
    expect(reply).toContain('【古城项目群】');
  });
});
