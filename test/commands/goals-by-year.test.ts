import { describe, expect, it } from 'vitest';
import { depsOnPlanFiles, sayTo } from '../support/plan-file-deps';

// The goals asked by the year they aim at (`到2024年要达到什么目标`): where the plan names its indicators by year
// (六盘水: 2022年新建5G基站…, 到2024年累计建成5G基站…), those of that year; a year it names none for is said so.

const AT = new Date('2023-03-01T10:00:00+08:00');
const FILE = 'test/fixtures/corpus/liupanshui-new-infrastructure-2022-2024.md';

describe('the goals asked by their year', () => {
  const deps = depsOnPlanFiles([FILE], AT);
  let n = 0;
  const say = (text: string) => sayTo(deps, text, `oc_goal_year_${n++}`, AT);

  it('are the indicators of that year, the others left out and said so', async () => {
    const reply = await say('到2024年要达到什么目标');
    expect(reply).toContain('到2024年累计建成5G基站:1万个');
    expect(reply).toContain('以下是2024年的');
    expect(reply).not.toContain('2022年新建5G基站:2600个以上');
  });

  it('are all of them, with the years the plan gives, for a year it gives none for', async () => {
    const reply = await say('2023年的目标是什么');
    expect(reply).toContain('没有给出2023年的');
    expect(reply).toContain('2600个以上');
    expect(reply).toContain('1万个');
  });

  it('are all of them when asked with no year', async () => {
    const reply = await say('目标');
    expect(reply).toContain('2600个以上');
    expect(reply).toContain('1万个');
  });
});
