import { textReply } from '../../reply/reply';
import { notOnRoster, refusal } from '../../reply/wording';
import type { ItemTransfer } from '../../store';
import { actorOf, enrollableUnit, enrollableUnits, mayOversee, metaOf } from '../access';
import { words } from '../command-args';
import { defineCommand } from '../define-command';
import { parseItemOptions } from './item-options';
import { findItem, isItem, itemReply } from './rectification-present';

const USAGE = '整改 移交 <编号> [处室:<处室>] [单位:<单位>] [责任人:<人>] [理由:<理由>]';

export const rectificationTransferCommand = defineCommand<{
  id: string;
  change: ItemTransfer;
  reason?: string;
}>({
  name: '整改 移交',
  aliases: ['rectify transfer'],
  usage: `${USAGE} — 秘书处或管理员改变事项的跟踪处室、责任单位或责任人(原来的记在经过里)`,
  examples: ['整改 移交 ZG-2026-001 处室:投资处 理由:属工程项目', '整改 移交 ZG-2026-001 责任人:@张三'],
  parse(rest, msg, deps) {
    const [word, ...tail] = words(rest);
    const item = findItem(word, deps, USAGE);
    if (!isItem(item)) return item;
    const text = tail.join(' ');
    const { free, options } = parseItemOptions(text, ['division', 'unit', 'responsible', 'reason']);
    const change: ItemTransfer = {};
    let reason = options.reason;
    // `整改 移交 ZG-2026-001 投资处`: a bare division name is where it goes; other free text is the reason.
    const divisionWord =
      options.division ?? (free && deps.knowledge.resolveDivision(free) ? free : undefined);
    if (!options.division && free && !divisionWord) reason = [free, reason].filter(Boolean).join(' ');
    if (divisionWord) {
      const d = enrollableUnit(divisionWord, deps);
      if (!d)
        return textReply(
          `没有“${divisionWord}”这个处室。处室可以是:${enrollableUnits(deps).join('、')}。`,
          'orange',
        );
      change.division = d.name;
    }
    if (options.unit) change.unit = options.unit;
    const person = /责任人\s*:/.test(text) ? msg.mentions?.[0] : undefined;
    const responsible = options.responsible || person?.name;
    if (responsible) {
      change.responsible = responsible;
      if (person) change.responsibleId = person.openId;
    }
    if (!change.division && !change.unit && !change.responsible)
      return textReply(`请写明移交到哪里(处室、单位或责任人)。用法:${USAGE}`, 'orange');
    return { id: item.id, change, ...(reason ? { reason } : {}) };
  },
  run(args, msg, deps) {
    const actor = actorOf(msg, deps);
    if (!actor.member && !actor.isAdmin) return notOnRoster('移交整改事项');
    if (!mayOversee(actor))
      return refusal(`只有秘书处或管理员可以移交整改事项;如 ${args.id} 需要移交,请联系秘书处。`);
    // An item voided or closed, or a move to where it already is, is the store's refusal (item-voided,
    // item-closed, no-change), worded by the map.
    const updated = deps.store.transferItem(metaOf(msg), args.id, args.change, args.reason);
    return itemReply(`${args.id} 已移交`, updated, msg, deps);
  },
});
