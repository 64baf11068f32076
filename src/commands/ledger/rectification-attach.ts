import { awaitingEvidence, evidenceFilesListed, noEvidenceYet } from '../../reply/evidence-wording';
import { note, paragraph, type Reply, textReply } from '../../reply/reply';
import { notOnRoster, refusal } from '../../reply/wording';
import { actorOf, mayActOnItem } from '../access';
import { words } from '../command-args';
import { defineCommand } from '../define-command';
import { itemEvidence } from './item-evidence';
import { recordEvidence } from './record-evidence';
import { findItem, isItem, itemReply, voidedNote } from './rectification-present';

// 整改 附件 <编号> [说明]: the file sent with it (or in the message it replies to) is kept with the item;
// without one, the sender's next file in this chat (within minutes) is — and when no 说明 is given, the files
// the item already has are sent back.

const USAGE = '整改 附件 <编号> [说明]';

export const rectificationAttachCommand = defineCommand<{ id: string; text: string }>({
  name: '整改 附件',
  aliases: ['整改 佐证', 'rectify attach'],
  takesFiles: true,
  usage: `${USAGE} — 为整改事项添加佐证材料(随后发送图片或文件);不带说明时发回已有的材料`,
  examples: ['整改 附件 ZG-2026-001 银行回单', '整改 附件 ZG-2026-001'],
  parse(rest, _msg, deps) {
    const [word, ...tail] = words(rest);
    const item = findItem(word, deps, USAGE);
    if (!isItem(item)) return item;
    return { id: item.id, text: tail.join(' ') };
  },
  run(args, msg, deps): Reply {
    const actor = actorOf(msg, deps);
    if (!actor.member && !actor.isAdmin) return notOnRoster('查看或添加佐证材料');
    const item = deps.store.item(args.id)!;
    if (!mayActOnItem(actor, item))
      return refusal(
        `${args.id} 由${item.division}跟踪,您在${actor.member?.division},不能查看或添加它的佐证材料;`,
      );
    if (deps.sentFile) {
      const kept = recordEvidence(args.id, deps.sentFile, args.text || undefined, msg, deps);
      return 'item' in kept ? kept.reply : kept;
    }
    if (item.status === '已作废') return voidedNote(item, deps);
    deps.fileIntents.remember(
      msg.chatId,
      msg.userId,
      { kind: 'evidence', itemId: args.id, ...(args.text ? { text: args.text } : {}) },
      msg.at,
    );
    const files = itemEvidence(item);
    if (args.text || files.length === 0)
      return textReply(`${files.length === 0 ? noEvidenceYet(args.id) : ''}${awaitingEvidence(args.id)}`);
    return itemReply(`${args.id} 的佐证材料`, item, msg, deps, [
      paragraph(evidenceFilesListed(args.id, files.length)),
      note(awaitingEvidence(args.id)),
      {
        type: 'files',
        files: files.map((h) => ({
          sha256: h.file.sha256,
          name: h.file.name,
          mime: h.file.mime,
          size: h.file.size,
        })),
      },
    ]);
  },
});
