import type { Action } from '../../reply/reply';
import type { RectificationItem } from '../../store/types';
import type { Actor } from '../access';
import { itemActions } from './item-actions';

// The buttons an item carries in a reminder. A reminder is one card in the work group, shared by all: it
// shows what the division's 处长 could do (销号, 延期, and 通过/驳回 for a pending request); whoever clicks,
// the command then runs with the clicker's own rights — a 成员's 销号 asks for review, a stranger is refused.

export function reminderActions(
  item: RectificationItem,
  today: string,
  context: { timeZone: string; divisions: readonly string[] },
): Action[] {
  const head: Actor = {
    openId: '',
    isAdmin: false,
    member: { openId: '', division: item.division, role: '处长', since: '' },
    global: false,
  };
  // A reminder lists several items: a click answers with a toast and leaves the reminder as it is.
  return itemActions(item, head, today, context)
    .filter((a) => a.label !== '作废')
    .map((a) => ({ ...a, keep: true }));
}
