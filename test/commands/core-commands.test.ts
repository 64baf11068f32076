import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import { ADMIN, ask, coreDeps, NOW, tempDataDir } from '../support/core';

describe('任务 <处室>', () => {
  it('lists the tasks a division leads with id, title and clause, then related targets', async () => {
    const reply = await ask('任务 社保处');
    expect(reply).toContain('牵头任务(2 项)');
    expect(reply).toContain('2.3 聚焦推动更高质量创业就业(二(二)3)');
    expect(reply).toContain('3.2 聚焦社会保障体系建设(二(三)2)');
    expect(reply).toMatch(/相关目标与指标[\s\S]*社保基金审计覆盖率/);
    expect(reply).toContain('不代表归属');
  });

  it('accepts the 局 prefix and short forms', async () => {
    for (const form of ['任务 局企金处', '任务 企金', '任务企金处', 'tasks 企金处']) {
      expect(await ask(form)).toContain('1.2 聚焦推动构建高质量现代产业体系(二(一)2)');
    }
  });

  it('routes “企金处有什么任务”, and quotes 相关处室 without reading it as naming the division', async () => {
    const reply = await ask('企金处有什么任务?');
    expect(reply).toContain('牵头任务(1 项)');
    // The plan says 相关处室配合; it does not say 企金处 is among them.
    expect(reply).toContain(
      '另有 9 项任务写明由“相关处室”配合(1.1、2.1、2.2、2.3、3.1、3.2、3.3、4、5),方案没有点名是哪些处室。',
    );
    expect(reply).not.toMatch(/之一配合|配合任务/);
  });

  it('names the divisions it knows when the division is unknown', async () => {
    const reply = await ask('任务 宣传处');
    expect(reply).toContain('没有找到处室“宣传处”');
    expect(reply).toContain('教科文处');
  });

  it('gives an overview of every division with no argument', async () => {
    const reply = await ask('任务');
    expect(reply).toContain('投资处:牵头 2 项(2.1、3.3)');
  });
});

describe('目标 / 指标', () => {
  it('answers an indicator question with the target text, marking the match', async () => {
    const reply = await ask('重点公共工程审计覆盖率要求多少');
    expect(reply).toContain('重点公共工程审计覆盖率');
    expect(reply).toContain('100%');
    expect(reply).toMatch(/相关处室:投资处/);
  });

  it('lists six goals and seven indicators with related divisions', async () => {
    const reply = await ask('目标');
    expect(reply.match(/■ 目标\d/g)).toHaveLength(6);
    expect(reply.match(/指标\d+(?:-\d+)? /g)).toHaveLength(7);
    expect(reply).toContain('指标5-2 自然资源资产离任(任中)审计项目数');
    expect(reply).toContain('自然资源资产离任(任中)审计项目数');
  });

  it('shows one indicator by number and refuses a number that does not exist', async () => {
    expect(await ask('指标 3')).toContain('社保基金审计覆盖率');
    expect(await ask('目标 9')).toContain('方案有 6 个目标、7 个指标');
  });
});

describe('保障措施 questions', () => {
  it('answers who holds a role named in the measures', async () => {
    const reply = await ask('工作专班组长是谁');
    expect(reply).toContain('协管秘书处的局领导');
    expect(reply).toContain('三(一)');
    expect(await ask('领导小组组长是谁?')).toContain('局主要领导');
    // The role asked is the answer; the other roles of the same measure follow, without repeating it.
    expect((await ask('领导小组组长是谁?')).match(/组长:局主要领导/g)).toHaveLength(1);
  });
});

describe('搜索', () => {
  it('returns passages with the clause and the match marked', async () => {
    const reply = await ask('搜索 古城项目群');
    expect(reply).toContain('二(四)');
    expect(reply).toContain('【古城项目群】');
  });

  it('says plainly when nothing matches', async () => {
    const reply = await ask('搜索 量子计算机');
    expect(reply).toContain('方案中没有提到“量子计算机”。');
    expect(reply).not.toMatch(/^· /m);
  });
});

describe('input handling', () => {
  it('normalises full-width text, placeholders and a leading slash', async () => {
    const reply = await ask('@_user_1 /任务　社保处');
    expect(reply).toContain('3.2 聚焦社会保障体系建设');
  });

  it('takes a colon after the command word as part of it, full-width too', async () => {
    expect(await ask('搜索：古城项目群')).toContain('【古城项目群】');
    expect(await ask('任务: 社保处')).toContain('3.2 聚焦社会保障体系建设');
    const recorded = await ask('进展：３．３ 完成保障性租赁住房审计进点');
    expect(recorded).toContain('3.3 聚焦安居工程深入实施');
    expect(recorded).toContain('完成保障性租赁住房审计进点');
  });

  it('says a task number or clause the plan does not have is none of its tasks, and lists them', async () => {
    const tasks = coreDeps().knowledge.plan.tasks;
    for (const [question, word] of [
      ['任务 9.9', '9.9'],
      ['3.9谁牵头', '3.9'],
      ['二(三)9', '二(三)9'],
    ]) {
      const reply = await ask(question!);
      expect(reply).toContain(`方案中没有编号为“${word}”的任务`);
      for (const t of tasks) expect(reply).toContain(`${t.id} ${t.title}`);
    }
    // Another part's clause is not taken for a task's.
    expect(await ask('一(二)是什么')).not.toContain('没有编号为');
  });

  it('answers help in Chinese and English', async () => {
    expect(await ask('帮助')).toContain('谁牵头 <关键词>');
    expect(await ask('help')).toContain('搜索 <关键词>');
  });

  it('answers a typo after a command family’s word with that family’s usage, not a search', async () => {
    const reply = await ask('整改 登计 违规发放');
    expect(reply).toContain('“整改”后面可以接');
    expect(reply).toContain('整改 登记 <问题>');
  });

  it('asks for the subject when a command word comes alone', async () => {
    expect(await ask('谁牵头')).toContain('请在“谁牵头”后面写上要查的事项');
    expect(await ask('搜索')).toContain('请在“搜索”后面写上关键词');
  });

  it('answers text it does not understand with one short line of examples, never the whole help', async () => {
    // (An emoji on its own is said to the bot, like 好的: see read-social.)
    for (const text of ['???', 'asdfgh', 'qwerty', 'x'.repeat(5000)]) {
      const reply = await ask(text);
      expect(reply).toMatch(/^【没太明白】\n没看懂“.{1,21}”。可以试试:「[^」]+」「[^」]+」/);
      expect(reply).toContain('发 帮助 查看全部');
      expect(reply.split('\n')).toHaveLength(2);
    }
    for (const text of ['', '   ']) {
      const reply = await ask(text);
      expect(reply).toMatch(/^请问要查什么\?可以试试:「[^」]+」/);
      expect(reply).not.toContain('使用说明');
    }
    expect(await ask('帮助')).toContain('使用说明');
  });
});

describe('目标 指派 shown by 目标 and 任务', () => {
  it('shows an assigned owner beside the related divisions, and the latest progress', async () => {
    const deps = createCoreDeps({
      admins: [ADMIN],
      clock: fixedClock(NOW),
      logger: silentLogger,
      dataDir: tempDataDir(),
    });
    expect(await ask('目标 指派 指标2 法规处', {}, deps)).toContain('法规处');
    expect(await ask('进展 指标2 完成市本级预算执行审计进点', {}, deps)).toContain(
      '完成市本级预算执行审计进点',
    );
    const indicator = await ask('指标 2', {}, deps);
    expect(indicator).toContain('负责处室:法规处(已指派)');
    expect(indicator).toContain('完成市本级预算执行审计进点');
    expect(await ask('目标', {}, deps)).toContain('最新进展');
    expect(await ask('任务 法规处', {}, deps)).toMatch(
      /负责的目标与指标\(1 项,管理员指派\)[\s\S]*指标2 财政审计覆盖率/,
    );
  });
});
