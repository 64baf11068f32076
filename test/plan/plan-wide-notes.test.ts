import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan';

// Notes that cover several tasks: a section heading's （牵头单位：X） over its items, `以下各项任务均由X牵头`,
// `（以上任务由X负责）`, `上述工作由各地各部门按职责分工落实`. Each reaches exactly the tasks it covers; a task's
// own note wins; the note's paragraph is no task's text.

const owners = (text: string) => parsePlan(text).tasks.map((t) => [t.clause, t.title, t.lead, t.support]);

describe('notes over several tasks', () => {
  it('gives a section heading’s note to each of its items, an item’s own note winning; the heading is no task', () => {
    expect(
      owners(
        '某市方案\n二、重点任务\n（一）老旧小区改造（牵头单位：市住建局；配合单位：市财政局）\n1.推进老旧小区综合改造。\n2.完善小区配套设施（责任单位：市民政局）。\n（二）历史街区保护\n3.开展历史文化街区普查。（市文广旅游局负责）\n',
      ),
    ).toEqual([
      ['二(一)1', '推进老旧小区综合改造', ['市住建局'], ['市财政局']],
      ['二(一)2', '完善小区配套设施', ['市民政局'], []],
      ['二(二)3', '开展历史文化街区普查', ['市文广旅游局'], []],
    ]);
  });

  it('reads 以下各项任务均由X牵头 over the items after it in its section only', () => {
    const p = parsePlan(
      '某市方案\n二、重点任务\n（一）历史街区保护\n以下各项任务均由市自然资源和规划局牵头，市文广旅游局配合。\n1.开展历史文化街区普查。\n2.编制历史街区保护规划。\n（二）城市基础设施\n3.改造地下管网200公里。\n4.建设海绵城市示范区。（市建设局负责）\n',
    );
    expect(p.tasks.map((t) => [t.clause, t.lead, t.support])).toEqual([
      ['二(一)1', ['市自然资源和规划局'], ['市文广旅游局']],
      ['二(一)2', ['市自然资源和规划局'], ['市文广旅游局']],
      ['二(二)3', [], []],
      ['二(二)4', ['市建设局'], []],
    ]);
    expect(p.tasks.some((t) => t.text.includes('以下各项任务'))).toBe(false);
    expect(p.passages.map((x) => x.text)).toContain(
      '以下各项任务均由市自然资源和规划局牵头，市文广旅游局配合。',
    );
  });

  it('reads （以上任务由X负责） over the tasks before it, as a line of its own or closing the last task', () => {
    const own = parsePlan(
      '某县方案\n二、重点任务\n（一）推进甲事\n完善甲制度。\n（二）推进乙事\n完善乙制度。\n（以上任务由县发改局负责）\n',
    );
    expect(own.tasks.map((t) => [t.clause, t.lead])).toEqual([
      ['二(一)', ['县发改局']],
      ['二(二)', ['县发改局']],
    ]);
    expect(own.tasks.some((t) => t.text.includes('以上任务'))).toBe(false);
    const closing = owners(
      '某县方案\n二、重点任务\n（一）推进丙事\n1.做丙零。（县民政局负责）\n2.做丙一。\n3.做丙二。（以上两项由县财政局牵头，县审计局配合）\n4.做丙三。\n',
    );
    expect(closing).toEqual([
      ['二(一)1', '做丙零', ['县民政局'], []],
      ['二(一)2', '做丙一', ['县财政局'], ['县审计局']],
      ['二(一)3', '做丙二', ['县财政局'], ['县审计局']],
      ['二(一)4', '做丙三', [], []],
    ]);
  });

  it('reads 上述工作由各地各部门按职责分工落实 over its own section’s items, naming no one elsewhere', () => {
    expect(
      owners(
        '某市方案\n二、重点任务\n（一）公共服务\n1.建设社区嵌入式服务设施。\n2.推进一刻钟便民生活圈建设。\n上述工作由各地各部门按职责分工落实。\n（二）城市治理\n3.推进城市运行管理服务平台建设。\n',
      ),
    ).toEqual([
      ['二(一)1', '建设社区嵌入式服务设施', ['各地各部门'], []],
      ['二(一)2', '推进一刻钟便民生活圈建设', ['各地各部门'], []],
      ['二(二)3', '推进城市运行管理服务平台建设', [], []],
    ]);
  });
});
