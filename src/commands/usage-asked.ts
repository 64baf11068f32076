import type { Reply } from '../reply/reply';
import { list, note, paragraph } from '../reply/reply';
import {
  ASKS_CAN,
  ASKS_HOW,
  COMMAND_VERBS,
  DAY_KIND_COMMAND,
  REPORT_VERB,
  REPORT_WORDS,
  SETS_DAY_KIND,
} from '../understand/grammar';
import type { Command } from './context';

// `整改怎么销号`, `怎么登记整改`, `进展情况多久报一次`: a question about how to use the bot, not a command typed
// wrong. The commands whose words it names (all words of a command's Chinese name or alias) are shown with
// their usage and an example; where several match, the ones naming the most. A question that names a task
// by number (`3.2进展怎么样`) or opens on other words (`工作进展怎么样`) is not about a command's use.
// A sub-command's own word names it alone where no other command has that word (`销号要怎么操作` → 整改 销号).
// A reporting verb before the command's words opens the question on them (`报进展的格式是什么`), and so does a
// verb a command is known by (`能查逾期的整改吗 怎么查`: 查 is 查看). Whether or how
// a day can be set as 休息日/工作日 (`春节放假那几天能设成休息日吗`) names the calendar's command.

/** Words people put before the question (`请问整改怎么销号`, `能查逾期的整改吗 怎么查`). */
const OPENING =
  /^(?:请问|问一下|问下|想问一下|想问下|我想问一下?|那|那么|我们|我)?\s*(?:能不能|可不可以|能否|能|可以)?\s*/;

const isAscii = (s: string) => /^[\x20-\x7e]+$/.test(s);

/**
 * How much of a command's words the text names: the longest of its names whose words are all there, or
 * whose last word is there and is no other command's (`own`), which counts a little less.
 */
function named(
  text: string,
  command: Command<unknown>,
  own: ReadonlySet<string>,
): { score: number; first: string[] } {
  let score = 0;
  const first: string[] = [];
  for (const alias of [command.name, ...command.aliases]) {
    if (isAscii(alias)) continue;
    const words = alias.split(' ');
    const last = words[words.length - 1] as string;
    const whole = words.every((w) => text.includes(w));
    const there = whole
      ? words
      : words.length > 1 && own.has(last) && text.includes(last)
        ? words.filter((w) => text.includes(w))
        : [];
    if (there.length === 0) continue;
    // A name said whole outweighs one said in part as long.
    score = Math.max(score, there.join('').length * 2 - (whole ? 0 : 1));
    first.push(...there);
  }
  return { score, first };
}

/** The last words of several-word command names that belong to one command only (销号, 延期; not 查看). */
function ownWords(commands: readonly Command<unknown>[]): Set<string> {
  const holders = new Map<string, Set<Command<unknown>>>();
  for (const command of commands)
    for (const alias of [command.name, ...command.aliases]) {
      if (isAscii(alias)) continue;
      for (const word of alias.split(' ')) holders.set(word, (holders.get(word) ?? new Set()).add(command));
    }
  return new Set([...holders].filter(([, by]) => by.size === 1).map(([word]) => word));
}

export function usageAsked(text: string, commands: readonly Command<unknown>[]): Reply | undefined {
  // `春节放假那几天能设成休息日吗`: whether a day's kind can be set is how to use the calendar's command.
  const setsDay = SETS_DAY_KIND.test(text) && (ASKS_CAN.test(text) || ASKS_HOW.test(text));
  if ((!ASKS_HOW.test(text) && !setsDay) || /\d/.test(text)) return undefined;
  let said = text.replace(OPENING, '');
  if (setsDay) said += ` ${DAY_KIND_COMMAND}`;
  for (const [typed, word] of Object.entries(COMMAND_VERBS)) if (said.includes(typed)) said += ` ${word}`;
  const own = ownWords(commands);
  // `整改怎么报`, `报进展的格式是什么`: 报 asks how to record, unless a sub-command's own word says which (怎么报延期).
  const reported = REPORT_VERB.exec(said);
  // A verb a command is known by opening the question (`查逾期的整改`) opens it on the command's words.
  const verb = Object.keys(COMMAND_VERBS).find((typed) => said.startsWith(typed));
  const opening = reported?.index === 0 ? said.slice(reported[0].length) : said;
  const openings = verb ? [opening, said.slice(verb.length)] : [opening];
  if (reported && ![...own].some((w) => said.includes(w))) said += ` ${REPORT_WORDS.join(' ')}`;
  const scored = commands
    .map((command) => ({ command, ...named(said, command, own) }))
    .filter((s) => s.score > 0);
  const best = Math.max(0, ...scored.map((s) => s.score));
  const chosen = scored.filter((s) => s.score === best);
  // The question opens on the command's words or on asking how: `整改怎么销号`, `怎么登记整改`.
  const opensOn = (s: (typeof chosen)[number]) =>
    openings.some(
      (o) => s.first.some((w) => o.startsWith(w)) || new RegExp(`^(?:${ASKS_HOW.source})`).test(o),
    );
  const setsWith = (s: (typeof chosen)[number]) => setsDay && s.command.name === DAY_KIND_COMMAND;
  if (chosen.length === 0 || !chosen.some((s) => opensOn(s) || setsWith(s))) return undefined;
  return {
    title: '用法',
    colour: 'blue',
    blocks: [
      paragraph('这样发给我:'),
      list(chosen.slice(0, 3).map((s) => `${s.command.usage}  例:${s.command.examples.join(' / ')}`)),
      note('发 帮助 查看全部命令。'),
    ],
  };
}
