import type { CommandWords, ReadCommand } from './command-words';

/** A rectification item's id opening the text, with the mark after it. */
const ID_FIRST = /^(ZG-\d{4}-\d{3,}|ZG-?\d{4}-?\d{3})(?!\d)\s*[:：,，]?\s*/i;
/** The family whose commands act on a rectification item. */
const FAMILY = '整改';
/** The family's command that shows an item. */
const VIEW = '查看';
/** Asking how an item stands (`怎么样了`, `有啥进展`, `到哪一步了`): to see it. */
const ASKS_STATE =
  /^(?:现在|目前)?(?:怎么样了?|咋样了?|如何了?|什么情况|啥情况|情况如何|情况怎么样|(?:有)?(?:啥|什么)进展|进展(?:如何|怎么样|咋样)|到哪(?:一步)?了|什么状态|啥状态)?[?？吗呢]*$/;

/**
 * `ZG-2026-001延期到明年3月底，资金还在清理`, `ZG-2026-001 销号 资金已盘活`, `ZG-2026-001怎么样了`: an item's id
 * typed first, then the verb of the 整改 family acting on it (or nothing but how it stands: to see it). The id
 * makes it that command, as after the verb.
 */
export function itemFirst(text: string, commands: readonly CommandWords[]): ReadCommand | undefined {
  const id = ID_FIRST.exec(text);
  if (!id) return undefined;
  const after = text.slice(id[0].length);
  let best: { name: string; verb: string } | undefined;
  for (const command of commands)
    for (const alias of [command.name, ...command.aliases]) {
      const [family, verb, ...more] = alias.split(' ');
      if (family !== FAMILY || !verb || more.length > 0 || !after.startsWith(verb)) continue;
      if (!best || verb.length > best.verb.length) best = { name: command.name, verb };
    }
  if (best) {
    const rest = after.slice(best.verb.length).replace(/^\s*[:：,，]?\s*/, '');
    return { name: best.name, rest: `${id[1]} ${rest}`.trim() };
  }
  const view = commands.find((c) => [c.name, ...c.aliases].includes(`${FAMILY} ${VIEW}`));
  return view && ASKS_STATE.test(after.trim()) ? { name: view.name, rest: id[1] as string } : undefined;
}
