import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import { ADMIN, ask, NOW, tempDataDir } from '../support/core';

const freshDeps = (timeZone?: string) =>
  createCoreDeps({
    admins: [ADMIN],
    clock: fixedClock(NOW),
    logger: silentLogger,
    dataDir: tempDataDir(),
    ...(timeZone ? { timeZone } : {}),
  });

describe('a task by its number or clause', () => {
  it('shows the card: title, clause, lead and support, full text, no progress yet, no items', async () => {
    const card = await ask('3.2');
    expect(card).toContain('【任务 3.2 聚焦社会保障体系建设】');
    expect(card).toContain('条款:二(三)2');
    expect(card).toContain('牵头:【社保处】');
    expect(card).toContain('配合:相关处室(方案未点名具体处室)');
    expect(card).toContain('残疾人保障和服务体系健全'); // the full text, not a snippet
    expect(card).toContain('(责任单位:局社保处牵头、相关处室配合)');
    expect(card).toContain('还没有进展记录');
    expect(card).toContain('没有登记关联本任务的整改事项');
  });

  it('reads every way of writing the number or clause as the same task', async () => {
    const card = await ask('3.2');
    for (const form of [
      '任务 3.2',
      '任务3.2',
      '3.2是什么任务',
      '第3.2项',
      '二(三)2',
      '二（三）2',
      '任务3.2的具体内容',
      '3-2',
    ]) {
      expect(await ask(form)).toBe(card);
    }
    expect(await ask('(四)')).toContain('【任务 4 围绕加快探索精神富足富有市域之路');
    expect(await ask('(三)')).toMatch(/3\.1 [\s\S]*3\.2 [\s\S]*3\.3 /);
    expect(await ask('三(一)')).toMatch(/保障措施 三\(一\) 加强组织领导[\s\S]*牵头抓总、跟踪督办:秘书处/);
  });

  it('shows the latest progress (its day in TZ_NAME) and the ledger items linked to the task', async () => {
    const deps = freshDeps('America/New_York');
    await ask('成员 添加 ou_head 社保处 处长', {}, deps);
    // 00:30 in Shaoxing on 26 Nov is still 25 Nov in New York.
    const at = new Date('2026-11-26T00:30:00+08:00');
    await ask('进展 3.2 完成五项社保基金审计进点', { userId: 'ou_head', at }, deps);
    await ask('整改 登记 专项资金结存未使用 单位:市社保中心 期限:2026-12-31 处室:社保处 任务:3.2', {}, deps);
    await ask('整改 登记 另一任务的问题 单位:市住建局 期限:2026-12-31 处室:投资处 任务:3.3', {}, deps);
    const card = await ask('3.2', {}, deps);
    expect(card).toMatch(/最新进展\n2026-11-25 社保处:完成五项社保基金审计进点\(#\d+;共 1 条\)/);
    expect(card).toMatch(
      /关联整改事项\(1 项,未销号 1 项\)\n· .*ZG-2026-\d{3} 专项资金结存未使用 — 市社保中心/,
    );
    expect(card).not.toContain('另一任务的问题');
  });
});

describe('the plan’s period', () => {
  it('is noted in one line once it is over, and not before', async () => {
    const note = '本方案实施期为 2021—2025 年,已结束';
    expect(await ask('公租房审计谁来管')).toContain(note);
    expect(await ask('搜索 古城项目群')).toContain(note);
    expect(await ask('3.3')).toContain(note);
    const during = new Date('2025-06-02T09:00:00+08:00');
    expect(await ask('公租房审计谁来管', { at: during })).not.toContain('实施期');
    // The last evening of 2025 in Shaoxing is still within the period.
    expect(await ask('公租房审计谁来管', { at: new Date('2025-12-31T23:30:00+08:00') })).not.toContain(
      '实施期',
    );
    expect(await ask('公租房审计谁来管', { at: new Date('2026-01-01T00:10:00+08:00') })).toContain(note);
    // Not an answer from the plan: no note.
    expect(await ask('asdfgh')).not.toContain('实施期');
  });
});

describe('greetings and thanks', () => {
  it('are answered in kind, a greeting with what can be asked, never with 没看懂', async () => {
    const hello = await ask('你好');
    expect(hello).toContain('您好');
    expect(hello).toMatch(/「.+谁牵头」/);
    expect(await ask('好的，谢谢！')).toContain('不客气');
    for (const text of ['你好', '您好，在吗', '谢谢', '辛苦了', '收到，多谢'])
      expect(await ask(text)).not.toMatch(/没看懂|没太明白/);
  });

  it('lets a question after a greeting be answered as the question', async () => {
    expect(await ask('你好，古城项目群谁负责')).toContain('牵头:【教科文处】');
  });
});

describe('text the bot does not understand', () => {
  it('gets one short line with examples that fit what was typed, and the way to the full help', async () => {
    for (const text of ['asdfgh', '阿巴阿巴', '12345']) {
      const reply = await ask(text);
      const lines = reply.split('\n');
      expect(lines).toHaveLength(2); // title and one line
      expect(reply).toContain('发 帮助 查看全部');
      expect(reply).not.toContain('整改 登记');
    }
    expect(await ask('12345')).toMatch(/「1\.1」「指标 1」/);
    expect(await ask('asdfgh')).toContain('「help」');
    expect(await ask('阿巴阿巴')).toMatch(/归哪个处室\?」「任务 教科文处」/);
    expect(await ask('帮助')).toContain('整改 登记');
  });
});

describe('a subject the plan mentions but gives no task of its own', () => {
  it('says the plan does not settle who leads it, without claiming it assigns nobody', async () => {
    // 城市建设 stands in the plan only inside other phrases (创新型城市建设): no task is about it.
    const reply = await ask('城市建设谁负责');
    expect(reply).toContain('方案没有一项任务专门讲“城市建设”,据方案原文无法确定由哪个处室牵头。');
    expect(reply).not.toMatch(/也没有为它指定牵头处室/);
    expect(reply).toContain('仅供参考');
  });
});
