import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/registry';
import { usageAsked } from '../../src/commands/usage-asked';
import { renderText } from '../../src/reply/render-text';

// Asking how to use the bot (`整改怎么销号`) is answered with the command's form; a question about a task's
// progress or the plan's own work is not.

const usage = (text: string) => {
  const reply = usageAsked(text, commands);
  return reply ? renderText(reply) : undefined;
};

describe('usageAsked', () => {
  it('answers how to type the command a how-question names', () => {
    expect(usage('整改怎么销号')).toContain('整改 销号 <编号>');
    expect(usage('怎么登记整改')).toContain('整改 登记 <问题>');
    expect(usage('请问整改延期怎么申请')).toContain('整改 延期 <编号>');
    expect(usage('进展情况多久报一次')).toContain('进展 <任务编号或关键词> <内容>');
    expect(usage('进展怎么撤回')).toContain('撤销 [#记录号]');
  });

  it('reads asking what to write or in which form, a command named by its own verb alone, and 查 for 查看', () => {
    expect(usage('整改登记要填什么')).toContain('整改 登记 <问题>');
    expect(usage('进展格式是什么样的')).toContain('进展 <任务编号或关键词> <内容>');
    const close = usage('销号具体咋操作');
    expect(close).toContain('整改 销号 <编号>');
    expect(close).not.toContain('整改 登记');
    const view = usage('如何查某项工作的进展');
    expect(view).toContain('进展 查看 <任务|处室>');
    expect(view).not.toContain('任务 <处室|编号>');
    // Asked whether it can be done, then how: 查 opens the question on the command's words.
    expect(usage('能查逾期的整改吗 怎么查')).toContain('整改 逾期');
    // A verb several commands share (查看: 进展 查看, 整改 查看) names none of them alone.
    expect(usage('怎么查看')).toBeUndefined();
  });

  it('leaves questions about tasks and the plan, and anything not asking how', () => {
    for (const text of [
      '3.2进展怎么样',
      '工作进展怎么样',
      '看下特色小镇进展怎么样',
      '审计整改怎么做',
      '整改 销号',
      '进展查看',
    ])
      expect(usage(text), text).toBeUndefined();
  });
});
