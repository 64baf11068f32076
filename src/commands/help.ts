import type { Reply } from '../reply/reply';
import { heading, list, note } from '../reply/reply';
import type { Command } from './context';
import { defineCommand } from './define-command';

export function helpReply(commands: readonly Command<unknown>[]): Reply {
  return {
    title: '审计助手 · 使用说明',
    colour: 'blue',
    blocks: [
      heading('可以这样问我'),
      list(['高等教育发展水平提升归哪个处室?', '企金处有什么任务?', '重点公共工程审计覆盖率要求多少?']),
      heading('命令'),
      list(commands.map((c) => `${c.usage}  例:${c.examples.join(' / ')}`)),
      note('在群里请先 @审计助手 再输入;私聊直接输入即可。'),
    ],
  };
}

/** 帮助 lists every registered command; it is given the registry's list rather than importing it. */
export const createHelpCommand = (commands: readonly Command<unknown>[]) =>
  defineCommand<null>({
    name: '帮助',
    aliases: ['help', '使用说明', '菜单', '?'],
    usage: '帮助 — 查看我能做什么',
    examples: ['帮助'],
    parse: () => null,
    run: () => helpReply(commands),
  });
