import { describe, expect, it } from 'vitest';
import { readCommand } from '../../src/understand/read-command';

const COMMANDS = [
  { name: '进展', aliases: ['progress'] },
  { name: '进展 查看', aliases: [] },
  { name: '整改 销号', aliases: [] },
  { name: '整改 进展', aliases: [] },
  { name: '整改 登记', aliases: [] },
  { name: '整改 延期', aliases: [] },
  { name: '整改 查看', aliases: [] },
  { name: '整改 列表', aliases: [] },
  { name: '方案', aliases: [], separated: true },
  { name: '日历', aliases: [] },
];

describe('readCommand', () => {
  it('reads a division’s rectification items asked in words as their list', () => {
    expect(readCommand('我们处的整改有几条', COMMANDS)).toEqual({ name: '整改 列表', rest: '' });
    expect(readCommand('社保处整改事项有哪些', COMMANDS)).toEqual({ name: '整改 列表', rest: '社保处' });
    expect(readCommand('审计整改完成率要多少', COMMANDS)).toBeUndefined();
    expect(readCommand('整改有哪些', COMMANDS)).toBeUndefined();
  });

  it('reads an item id typed before the verb acting on it, or before asking how it stands', () => {
    expect(readCommand('ZG-2026-001延期到明年3月底，资金还在清理', COMMANDS)).toEqual({
      name: '整改 延期',
      rest: 'ZG-2026-001 到明年3月底，资金还在清理',
    });
    expect(readCommand('ZG2026008销号，租金已全部收缴', COMMANDS)).toEqual({
      name: '整改 销号',
      rest: 'ZG2026008 租金已全部收缴',
    });
    expect(readCommand('ZG-2026-001怎么样了', COMMANDS)).toEqual({ name: '整改 查看', rest: 'ZG-2026-001' });
    expect(readCommand('ZG-2026-001', COMMANDS)).toEqual({ name: '整改 查看', rest: 'ZG-2026-001' });
    // What was done, with no verb, is not guessed to be progress or a close.
    expect(readCommand('ZG-2026-001资金已盘活', COMMANDS)).toBeUndefined();
  });

  it('sets the id apart from what follows with no space, a colon or a full stop after it', () => {
    expect(readCommand('进展3.2城市更新审计进点', COMMANDS)).toEqual({
      name: '进展',
      rest: '3.2 城市更新审计进点',
    });
    expect(readCommand('进展 2.1:完成方案', COMMANDS)).toEqual({ name: '进展', rest: '2.1 完成方案' });
    // A plan's own running number, set apart by a colon (full-width colons arrive as `:`) or a space.
    expect(readCommand('进展12:已支持青年科技项目30项', COMMANDS)).toEqual({
      name: '进展',
      rest: '12 已支持青年科技项目30项',
    });
    expect(readCommand('进展 12 已支持', COMMANDS)).toEqual({ name: '进展', rest: '12 已支持' });
    // A closing bracket sets a clause apart from the months after it.
    expect(readCommand('进展（二）1-5月收入完成序时进度', COMMANDS)).toEqual({
      name: '进展',
      rest: '（二） 1-5月收入完成序时进度',
    });
    expect(readCommand('进展12个项目已完成', COMMANDS)).toEqual({ name: '进展', rest: '12个项目已完成' });
    expect(readCommand('进展 第4项:债务审计报告征求意见', COMMANDS)).toEqual({
      name: '进展',
      rest: '第4项 债务审计报告征求意见',
    });
    expect(readCommand('整改销号ZG2026006已全部退回', COMMANDS)).toEqual({
      name: '整改 销号',
      rest: 'ZG2026006 已全部退回',
    });
    expect(readCommand('整改进展:ZG-2026-001 已退回车辆一台', COMMANDS)).toEqual({
      name: '整改 进展',
      rest: 'ZG-2026-001 已退回车辆一台',
    });
    // The thousandth item of a year: with its dashes the id keeps all its digits.
    expect(readCommand('整改进展:ZG-2022-1003 已退回车辆一台', COMMANDS)).toEqual({
      name: '整改 进展',
      rest: 'ZG-2022-1003 已退回车辆一台',
    });
    // An id that ends the message is left whole (its digits are not split to find a word after them).
    expect(readCommand('整改 销号 ZG-2026-001', COMMANDS)).toEqual({
      name: '整改 销号',
      rest: 'ZG-2026-001',
    });
    // A letter typed for a digit is not read as the end of a shorter id: the whole word is refused as typed.
    expect(readCommand('整改 查看 ZG-2026-0O1', [{ name: '整改 查看', aliases: [] }])).toEqual({
      name: '整改 查看',
      rest: 'ZG-2026-0O1',
    });
    // The thousandth item alone at the end is not read as ZG-2022-100 followed by 3.
    expect(readCommand('整改 销号 ZG-2022-1003', COMMANDS)).toEqual({
      name: '整改 销号',
      rest: 'ZG-2022-1003',
    });
  });

  it('reads a spoken lead-in as the command it asks for, progress when only a task and what was done follow', () => {
    expect(readCommand('记一下进展:1.1 召开审计组会', COMMANDS)).toEqual({
      name: '进展',
      rest: '1.1 召开审计组会',
    });
    expect(readCommand('帮我记一下3.2医共体审计已进点', COMMANDS)).toEqual({
      name: '进展',
      rest: '3.2 医共体审计已进点',
    });
    expect(readCommand('那个 帮我记一下进展 2.3 审计完成', COMMANDS)).toEqual({
      name: '进展',
      rest: '2.3 审计完成',
    });
    expect(readCommand('帮我记一下 政府债务审计完成外业', COMMANDS)).toEqual({
      name: '进展',
      rest: '政府债务审计完成外业',
    });
    expect(readCommand('记一下进展 十 养老服务资金审计已出报告', COMMANDS)).toEqual({
      name: '进展',
      rest: '十 养老服务资金审计已出报告',
    });
  });

  it('reads a 整改 verb typed without its family word as that command when an item id follows it', () => {
    expect(readCommand('销号 ZG-2026-001 整改完成', COMMANDS)).toEqual({
      name: '整改 销号',
      rest: 'ZG-2026-001 整改完成',
    });
    expect(readCommand('销号ZG2026001已收回', COMMANDS)).toEqual({
      name: '整改 销号',
      rest: 'ZG2026001 已收回',
    });
    expect(readCommand('请 销号：ZG-2026-001 已收回', COMMANDS)).toEqual({
      name: '整改 销号',
      rest: 'ZG-2026-001 已收回',
    });
    // An item id makes 进展 a note on the item, not progress on a task.
    expect(readCommand('进展 ZG-2026-001 已退款', COMMANDS)).toEqual({
      name: '整改 进展',
      rest: 'ZG-2026-001 已退款',
    });
    // Without an id, the verb alone is no ledger command; 查看 of two families is read neither way.
    expect(readCommand('销号的事项有哪些', COMMANDS)).toBeUndefined();
    expect(readCommand('进展 3.2 已进点', COMMANDS)).toEqual({ name: '进展', rest: '3.2 已进点' });
  });

  it('keeps dates and words that only look like ids, and questions that only start with a command’s word', () => {
    expect(readCommand('日历 12月31日', COMMANDS)).toEqual({ name: '日历', rest: '12月31日' });
    expect(readCommand('方案里有没有提到债务', COMMANDS)).toBeUndefined();
    expect(readCommand('记得古城项目群谁负责吗', COMMANDS)).toBeUndefined();
  });
});
