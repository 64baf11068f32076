import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import { ADMIN, ask, NOW, tempDataDir } from '../support/core';

// Staff read the plan's table: 指标 N is the table's 序号 N. Its row 5 holds two indicators (5-1, 5-2),
// so the table's 6 is the seventh row. Records keep the running row index they were made with.
const freshDeps = () =>
  createCoreDeps({ admins: [ADMIN], clock: fixedClock(NOW), logger: silentLogger, dataDir: tempDataDir() });

describe('indicators numbered as the table numbers them', () => {
  it('指标 6 is the table’s 序号 6 (移送率), not its sixth row', async () => {
    const reply = await ask('指标 6');
    expect(reply).toContain('【指标6 促进审计整改长效化、审计成果运用多元化】');
    expect(reply).toContain('移送率达100%');
    expect(reply).not.toContain('自然资源资产');
  });

  it('a 序号 holding two indicators shows both, each addressable as N-1, N-2', async () => {
    const both = await ask('指标 5');
    expect(both).toContain('指标5-1 领导干部经济责任审计覆盖面');
    expect(both).toContain('指标5-2 自然资源资产离任(任中)审计项目数');
    for (const form of ['指标5-2', '指标 5－2', '指标 5-2']) {
      const one = await ask(form);
      expect(one).toContain('【指标5-2 自然资源资产离任(任中)审计项目数】');
      expect(one).not.toContain('领导干部经济责任审计覆盖面');
    }
    expect(await ask('指标 7')).toContain('指标1、指标2、指标3、指标4、指标5-1、指标5-2、指标6');
  });

  it('目标 指派 and 进展 speak the table’s numbering', async () => {
    const deps = freshDeps();
    expect(await ask('目标 指派 指标6 秘书处', {}, deps)).toContain('「指标6 促进审计整改长效化');
    expect(deps.store.targetOwner('indicator', 7)?.division).toBe('秘书处');
    expect(deps.store.targetOwner('indicator', 6)).toBeUndefined();
    // 序号 5 as a whole: both of its indicators.
    expect(await ask('目标 指派 指标5 法规处', {}, deps)).toMatch(/指标5-1.*指标5-2.*设为法规处/);
    expect(deps.store.targetOwner('indicator', 5)?.division).toBe('法规处');
    expect(deps.store.targetOwner('indicator', 6)?.division).toBe('法规处');
    // Progress is on one indicator: 指标5 asks which; 指标5-2 records on the 6th row.
    expect(await ask('进展 指标5 推进中', {}, deps)).toMatch(/请写明是哪一项[\s\S]*指标5-1[\s\S]*指标5-2/);
    expect(deps.store.progress({ target: { kind: 'indicator', index: 6 } })).toHaveLength(0);
    const recorded = await ask('进展 指标5-2 新增离任审计项目2个', {}, deps);
    expect(recorded).toContain('指标5-2 自然资源资产离任(任中)审计项目数');
    expect(recorded).toContain('内容:新增离任审计项目2个');
    expect(deps.store.progress({ target: { kind: 'indicator', index: 6 } })[0]?.text).toBe(
      '新增离任审计项目2个',
    );
    expect(await ask('进展 查看 指标5-2', {}, deps)).toContain('新增离任审计项目2个');
  });

  it('an owner and progress stored under the old running index still show on the same indicator', async () => {
    const deps = freshDeps();
    const meta = { by: ADMIN, at: NOW };
    // As recorded before refs: the old 指标7 (row 7) is the table's 6; the old 指标6 (row 6) is 5-2.
    deps.store.assignTarget(meta, { kind: 'indicator', index: 7, division: '秘书处' });
    deps.store.recordProgress(meta, {
      target: { kind: 'indicator', index: 6 },
      division: '法规处',
      text: '离任审计项目已增加',
    });
    const six = await ask('指标 6', {}, deps);
    expect(six).toContain('负责处室:秘书处(已指派)');
    expect(six).not.toContain('离任审计项目已增加');
    const fiveTwo = await ask('指标5-2', {}, deps);
    expect(fiveTwo).toContain('离任审计项目已增加');
    expect(fiveTwo).not.toContain('负责处室:秘书处');
    expect(await ask('任务 秘书处', {}, deps)).toContain(
      '指标6 促进审计整改长效化、审计成果运用多元化(已指派)',
    );
    expect(await ask('目标', {}, deps)).toMatch(
      /指标5-2 自然资源资产离任[^\n]*\n· 最新进展[^\n]*离任审计项目已增加/,
    );
  });
});
