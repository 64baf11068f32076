import type { IncomingMessage } from '../message/incoming-message';

// Small parsing helpers shared by the roster, progress and ledger commands.

/** `… 第2页` → page 2 and the text without it. */
export function takePage(rest: string): { page: number; rest: string } {
  const m = /\s*第\s*(\d+)\s*页\s*$/.exec(rest);
  return m ? { page: Math.max(1, Number(m[1])), rest: rest.slice(0, m.index).trim() } : { page: 1, rest };
}

/** A page of a list, 1-based, clamped. */
export function paginate<T>(items: readonly T[], page: number, size: number) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(page, pages);
  return { slice: items.slice((p - 1) * size, p * size), page: p, pages };
}

/** The person a roster command is about: the first @-mention, else an explicit id among the words. */
export function personOf(
  words: string[],
  msg: IncomingMessage,
): { openId: string; name?: string; rest: string[] } | undefined {
  const mention = msg.mentions?.[0];
  if (mention) return { openId: mention.openId, name: mention.name, rest: words };
  // An open_id anywhere among the words, else the first word.
  const i = Math.max(
    words.findIndex((w) => w.startsWith('ou_')),
    0,
  );
  const id = words[i];
  if (!id) return undefined;
  return { openId: id.replace(/^@/, ''), rest: words.filter((_, j) => j !== i) };
}

export function words(rest: string): string[] {
  return rest.split(' ').filter((w) => w.length > 0);
}
