import { words } from './command-args';
import { defineCommand } from './define-command';
import { findItem, isItem, itemReply } from './rectification-present';

const USAGE = '整改 查看 <编号>';

export const rectificationViewCommand = defineCommand<{ id: string }>({
  name: '整改 查看',
  aliases: ['rectify show'],
  usage: `${USAGE} — 一个整改事项的详情和经过`,
  examples: ['整改 查看 ZG-2026-001'],
  parse(rest, _msg, deps) {
    const item = findItem(words(rest)[0], deps, USAGE);
    return isItem(item) ? { id: item.id } : item;
  },
  run: (args, msg, deps) => itemReply(`整改事项 ${args.id}`, deps.store.item(args.id)!, msg.at, deps),
});
