import type { IncomingMessage } from '../../message/incoming-message';
import { type Reply, textReply } from '../../reply/reply';
import { refusal } from '../../reply/wording';
import { actorOf, metaOf } from '../access';
import type { CoreDeps } from '../context';
import { yearView } from './year-view';

// `日历 导入 确认` (or the button on the import's card): the waiting notice applies — its days with their
// holidays' names, and its year counts as confirmed — and the reply shows the year as it now stands.

export function confirmImport(msg: IncomingMessage, deps: CoreDeps): Reply {
  if (!actorOf(msg, deps).global) return refusal('只有管理员和秘书处可以确认导入节假日安排。');
  const pending = deps.store.calendarSettings().pending;
  if (!pending)
    return textReply(
      '没有待确认的节假日通知,没有改动任何日子。请先发送“日历 导入”加国务院办公厅通知全文(或由管理员把通知文件发给我)。',
      'orange',
    );
  const off = pending.days.filter((d) => d.kind === 'holiday').length;
  const work = pending.days.length - off;
  deps.store.confirmCalendar(metaOf(msg), pending.year);
  return {
    ...yearView(
      pending.year,
      msg.at,
      deps,
      `已确认导入 ${pending.year} 年节假日安排:放假 ${off} 天、调休上班 ${work} 天,整改提醒和周报从现在起按此执行。`,
    ),
    colour: 'green',
  };
}
