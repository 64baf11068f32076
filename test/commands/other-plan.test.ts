import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import { ADMIN, ask, tempDataDir } from '../support/core';
import { judge } from './judge-answer';
import type { Expected } from './staff-answer-set';

// The same bot on another plan of the genre (an annual work plan with its own divisions): what it
// knows comes from that text alone. Questions the shipped plan leaves unassigned (政府债务, 税收) are
// assigned here; what this plan lacks (乡村振兴, 公租房) it says it lacks. Expectations are read from
// test/fixtures/answers/annual-2026/.
const AT = new Date('2026-05-01T09:00:00+08:00');
const deps = createCoreDeps({
  seedsDir: 'test/fixtures/answers/annual-2026',
  admins: [ADMIN],
  clock: fixedClock(AT),
  logger: silentLogger,
  dataDir: tempDataDir(),
});
const say = (q: string) => ask(q, { at: AT }, deps);
const lead = (d: string): Expected => ({ lead: [d] });
const none: Expected = { none: true };
const ENV = '局自然资源和生态环境审计处';

const QUESTIONS: [string, Expected][] = [
  ['政府债务审计谁负责', lead('财政审计处')],
  ['专项债券谁负责', lead('财政审计处')],
  ['隐性债务风险防范谁牵头', lead('财政审计处')],
  ['税收征管审计归哪个处室', lead('财政审计处')],
  ['零基预算改革谁负责', lead('财政审计处')],
  ['养老金审计谁负责', lead('社会保障审计处')],
  ['医保基金审计谁负责', lead('社会保障审计处')],
  ['中小学校舍改造谁负责', lead('教育科技审计处')],
  ['双减政策落实情况归哪个处', lead('教育科技审计处')],
  ['地铁建设审计谁负责', lead('固定资产投资审计处')],
  ['城中村改造谁负责', lead('固定资产投资审计处')],
  ['国有资产保值增值谁负责', lead('经济责任审计处')],
  ['耕地保护审计谁负责', lead(ENV)],
  ['污染防治资金谁负责', lead(ENV)],
  ['跟踪督办谁负责', { role: '办公室' }],
  ['1.2', { task: '1.2', lead: ['财政审计处'] }],
  ['二(三)2', { task: '3.2', lead: ['固定资产投资审计处'] }],
  ['指标 3', { indicator: ['3'], none: true }],
  ['审计整改率要求多少', { indicator: ['3'], none: true }],
  ['审计整改台账谁负责', none],
  ['审计人员培训谁负责', none],
  ['高校审计谁负责', none],
  ['乡村振兴谁负责', none],
  ['公租房审计谁负责', none],
  ['资金审计谁负责', none],
  ['古城项目群谁负责', none],
];

describe('another plan of the genre', () => {
  it.each(QUESTIONS)('“%s”', async (q, expected) => {
    const verdict = judge(await say(q), expected);
    expect(verdict.wrong).toEqual([]);
    if (!expected.none || expected.indicator) expect(verdict.complete).toBe(true);
  });

  it('answers yes/no from its own text: this plan does mention 债务', async () => {
    expect(await say('方案有没有提到债务')).toMatch(/提到了[\s\S]*政府债务/);
    expect(await say('方案有没有提到公租房')).toContain('没有。方案中没有提到“公租房”');
  });

  it('carries no period note while its year runs, and one once it is over', async () => {
    expect(await say('政府债务审计谁负责')).not.toContain('实施期');
    const later = await ask('政府债务审计谁负责', { at: new Date('2027-01-04T09:00:00+08:00') }, deps);
    expect(later).toContain('本方案实施期为 2026 年,已结束');
  });
});
