import { describe, expect, it } from 'vitest';
import { depsOnPlanFiles, sayTo } from '../support/plan-file-deps';

// A unit as the subject of 配合/参与/协助 (`财政审计处配合什么`, `投资审计处要配合哪条`): the tasks naming it, as
// lead or co-operator, each under its role — never a search for the unit's name as a topic.

const AT = new Date('2026-11-26T09:00:00+08:00');
const deps = depsOnPlanFiles(['test/fixtures/plans/bureau-15th-five-year.txt'], AT);
let n = 0;
const say = (text: string) => sayTo(deps, text, `oc_unit_${n++}`, AT);

describe('what a unit takes part in', () => {
  it('lists the tasks a unit co-operates on, asked with 配合什么 / 要配合哪条 / 参与哪几项', async () => {
    for (const q of ['财政审计处配合什么', '财政审计处要配合哪条', '财政审计处参与哪几项']) {
      const reply = await say(q);
      expect(reply, q).toContain('【财政审计处的任务与目标】');
      expect(reply, q).toMatch(
        /配合任务\(2 项\)\n· 1\.2 聚焦惠民惠企政策[^\n]*\n· 2\.1\.2 开展部门预算执行审计/,
      );
    }
  });

  it('lists a unit named only as a co-operator under that role', async () => {
    const reply = await say('投资审计处要配合哪条');
    expect(reply).toContain('牵头任务(0 项)');
    expect(reply).toMatch(/配合任务\(1 项\)\n· 2\.2 加强政府债务审计/);
  });
});
