import { textReply } from '../../reply/reply';
import { notOnRoster, refusal } from '../../reply/wording';
import { targetLabel } from '../../reports/target-label';
import { displayName } from '../../store';
import type { ItemEvent } from '../../store/types';
import { calendarDay } from '../../time/calendar-day';
import { actorOf, metaOf } from '../access';
import { defineCommand } from '../define-command';
import { planLabels } from '../plan-labels';

const USAGE = '撤销 [#记录号]';

/** What corrects a ledger event instead (ledger events are not taken back, they are followed by another). */
function correction(event: ItemEvent, id: string): string {
  switch (event.kind) {
    case '登记':
      return `登记有误的,登记人当天可发「整改 作废 ${id} <理由>」,之后请秘书处处理。`;
    case '进展':
      return `整改进展不撤回;如有误,请再发「整改 进展 ${id} <更正说明>」。`;
    case '延期':
    case '批准延期':
      return '期限只能延后;如延期有误,请联系秘书处。';
    case '申请延期':
    case '申请销号':
      return `申请正待审核,审核人可「整改 驳回 ${id} <理由>」退回。`;
    case '销号':
    case '审核通过':
      return `如销号有误,请秘书处发「整改 重开 ${id} <理由>」。`;
    case '重开':
      return `整改到位后可再「整改 销号 ${id} <说明>」。`;
    case '作废':
      return '作废不撤回;如确需保留,请重新「整改 登记」。';
    case '移交':
      return `如移交有误,请再发「整改 移交 ${id} …」改回。`;
    default:
      return `申请人可重新申请;如有误,请联系秘书处。`;
  }
}

export const progressUndoCommand = defineCommand<{ seq?: number }>({
  name: '撤销',
  aliases: ['撤回', 'undo'],
  usage: `${USAGE} — 撤回您自己的最近一条(或指定的)进展(原记录留痕)`,
  examples: ['撤销', '撤销 #25'],
  parse(rest) {
    if (!rest) return {};
    const m = /^#?\s*(\d+)$/.exec(rest.replace(/^(进展|记录)\s*/, '').trim());
    if (!m) return textReply(`用法:${USAGE},例如「撤销」或「撤销 #25」(记录号见「进展 查看」)。`, 'orange');
    return { seq: Number(m[1]) };
  },
  run(args, msg, deps) {
    const actor = actorOf(msg, deps);
    if (!actor.member && !actor.isAdmin) return notOnRoster('撤销进展');
    const { store } = deps;
    const day = (iso: string) => calendarDay(new Date(iso), deps.timeZone);
    if (args.seq !== undefined) {
      const update = store.progressUpdate(args.seq);
      if (!update)
        return textReply(
          `#${args.seq} 不是进展记录,没有可撤销的内容。进展的记录号见「进展 查看 <任务>」。`,
          'orange',
        );
      if (update.by !== msg.userId)
        return refusal(
          `进展 #${args.seq} 是 ${displayName(store, update.by)} 记录的,只能撤销您自己的进展;如需更正请联系记录人。`,
        );
      if (update.retracted)
        return textReply(`进展 #${args.seq} 已于 ${day(update.retracted.at)} 撤销过了。`, 'orange');
    }
    // `撤销` takes back the latest record — never one further back: when the latest is a ledger event, it
    // says what corrects that; when it is a progress update already taken back (`撤销` sent twice), it says
    // so, instead of taking back an older update too.
    const latest =
      args.seq === undefined ? store.progress({ by: msg.userId, includeRetracted: true }).at(-1) : undefined;
    const ledger = args.seq === undefined ? store.lastItemEventBy(msg.userId) : undefined;
    if (latest?.retracted && (!ledger || latest.seq > ledger.event.seq))
      return textReply(
        `您最近的一条进展 #${latest.seq} 已于 ${day(latest.retracted.at)} 撤销过了。如要撤回更早的进展,请发「撤销 #记录号」(记录号见「进展 查看」)。本次未记录任何内容。`,
        'orange',
      );
    const update =
      args.seq !== undefined ? store.progressUpdate(args.seq) : store.lastStandingProgressBy(msg.userId);
    if (ledger && (!update || ledger.event.seq > update.seq)) {
      const { item, event } = ledger;
      return textReply(
        `您最近的一条记录是 ${day(event.at)} 对 ${item.id} 的“${event.kind}”,「撤销」只撤回进展记录,整改台账的记录不撤回:${correction(event, item.id)}如要撤回更早的进展,请发「撤销 #记录号」。本次未记录任何内容。`,
        'orange',
      );
    }
    if (!update) return textReply('您没有可以撤销的进展记录。', 'orange');
    store.retractProgress(metaOf(msg), update.seq);
    return textReply(
      `已撤销您的进展 #${update.seq}(${targetLabel(update.target, planLabels(deps))}):${update.text}。原记录仍保留在历史中,标为已撤销。`,
      'green',
    );
  },
});
