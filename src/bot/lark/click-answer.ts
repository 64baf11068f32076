import { blockToText } from '../../reply/render-text';
import type { Reply } from '../../reply/reply';
import { renderCard } from './render-lark';

// The answer to a card click (card.action.trigger, within 3 s): a toast, and the card redrawn as the reply of
// the command the click ran. A refusal (a reply without a title, orange or red: 无权限, 已销号, 出错了…) is an
// error toast with its first line and leaves the card as it was: cards in a group are shared, and one
// person's refusal must not replace everyone's card. A green reply, or a titled one (an item card after
// 销号 or 延期: its colour is the deadline's, not the outcome's), is a success; a plain line is info.

export interface ClickAnswer {
  toast: { type: 'success' | 'error' | 'info' | 'warning'; content: string };
  card?: { type: 'raw'; data: Record<string, unknown> };
}

/** A toast holds one short line. */
const TOAST_CHARS = 60;

/** The first line a reader sees: the title, else the first block's text. */
function firstLine(reply: Reply): string {
  const first = reply.title ?? (reply.blocks[0] ? blockToText(reply.blocks[0]) : '');
  const line = first.split('\n')[0]!.trim();
  return line.length > TOAST_CHARS ? `${line.slice(0, TOAST_CHARS - 1)}…` : line;
}

function isRefusal(reply: Reply): boolean {
  return !reply.title && (reply.colour === 'orange' || reply.colour === 'red');
}

export function clickAnswer(reply: Reply, options: { keep?: boolean } = {}): ClickAnswer {
  const content = firstLine(reply) || '已处理';
  if (isRefusal(reply)) return { toast: { type: 'error', content } };
  const success = reply.colour === 'green' || reply.title !== undefined;
  const toast = { type: success ? ('success' as const) : ('info' as const), content };
  // A titleless answer is a line, not a card's new state: the card stays as it was.
  return reply.title && !options.keep ? { toast, card: { type: 'raw', data: renderCard(reply) } } : { toast };
}
