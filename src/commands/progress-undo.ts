import { textReply } from '../reply/reply';
import { notOnRoster } from '../reply/wording';
import { actorOf, metaOf } from './access';
import { defineCommand } from './define-command';
import { targetLabel } from './progress-target';

export const progressUndoCommand = defineCommand<Record<string, never>>({
  name: '撤销',
  aliases: ['undo'],
  usage: '撤销 — 撤回您自己的最近一条进展(原记录留痕)',
  examples: ['撤销'],
  parse: () => ({}),
  run(_args, msg, deps) {
    const actor = actorOf(msg, deps);
    if (!actor.member && !actor.isAdmin) return notOnRoster('撤销进展');
    const update = deps.store.retractLastProgress(metaOf(msg));
    if (!update) return textReply('您没有可以撤销的进展记录。', 'orange');
    return textReply(
      `已撤销您的进展 #${update.seq}(${targetLabel(update.target, deps)}):${update.text}。原记录仍保留在历史中,标为已撤销。`,
      'green',
    );
  },
});
