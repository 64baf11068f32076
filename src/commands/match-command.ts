import type { Reply } from '../reply/reply';
import { list, note, paragraph } from '../reply/reply';
import type { Command } from './context';

export interface CommandMatch {
  command: Command<unknown>;
  /** The text after the alias, trimmed. */
  rest: string;
}

const isAscii = (s: string) => /^[\x20-\x7e]+$/.test(s);

/** Built once per alias: every message is matched against every alias. */
const patterns = new Map<string, RegExp>();

function aliasPattern(alias: string, separated: boolean): RegExp {
  const key = `${separated ? 's' : 'r'}${alias}`;
  const known = patterns.get(key);
  if (known) return known;
  const pattern = buildPattern(alias, separated);
  patterns.set(key, pattern);
  return pattern;
}

function buildPattern(alias: string, separated: boolean): RegExp {
  const words = alias.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Chinese aliases may run straight into their argument (`任务企金处`) unless the command says its words
  // stand apart; ASCII ones need a word boundary. A colon after the command word is part of it
  // (`进展:3.3 …`, `搜索:古城`).
  const tail = isAscii(alias) || separated ? '(?:\\s*:\\s*|\\s+|$)' : '\\s*:?\\s*';
  // Between a command's words people also type a colon or a comma (`整改:登记 …`, `整改,进展 …`).
  return new RegExp(`^${words.join('\\s*[:,、]?\\s*')}${tail}`, 'i');
}

interface AliasEntry {
  command: Command<unknown>;
  alias: string;
  pattern: RegExp;
}

/**
 * Every alias pattern is anchored at the text's start, so only the aliases whose first character is the
 * text's (ASCII letters in either case) can match: the aliases by first character, built once per list.
 */
const byFirstCharacter = new WeakMap<readonly Command<unknown>[], Map<string, AliasEntry[]>>();

function aliasesStarting(commands: readonly Command<unknown>[], first: string): AliasEntry[] {
  let index = byFirstCharacter.get(commands);
  if (!index) {
    index = new Map();
    for (const command of commands)
      for (const alias of [command.name, ...command.aliases]) {
        const key = alias.charAt(0).toLowerCase();
        const entries = index.get(key) ?? [];
        entries.push({ command, alias, pattern: aliasPattern(alias, command.separated === true) });
        index.set(key, entries);
      }
    byFirstCharacter.set(commands, index);
  }
  return index.get(first.toLowerCase()) ?? [];
}

/** The command whose LONGEST alias prefixes the text (`整改 登记` wins over `整改`). */
export function matchCommand(text: string, commands: readonly Command<unknown>[]): CommandMatch | undefined {
  let best: { command: Command<unknown>; length: number; consumed: number } | undefined;
  for (const { command, alias, pattern } of aliasesStarting(commands, text.charAt(0))) {
    const m = pattern.exec(text);
    if (m && (!best || alias.length > best.length))
      best = { command, length: alias.length, consumed: m[0].length };
  }
  return best && { command: best.command, rest: text.slice(best.consumed).trim() };
}

/**
 * `整改 登计 …` (a typo after a command family's first word): the family's commands with their usage,
 * instead of a search for the typo. A family is the set of aliases sharing a first word (`整改 登记`,
 * `整改 列表` …); nothing is returned when the text does not start with such a word.
 */
export function familyHelp(text: string, commands: readonly Command<unknown>[]): Reply | undefined {
  const first = text.split(' ')[0] ?? '';
  if (!first || first === text) return undefined;
  const family = commands.filter((c) =>
    [c.name, ...c.aliases].some((a) => a.includes(' ') && a.split(' ')[0] === first),
  );
  if (family.length < 2) return undefined;
  return {
    title: `“${first}”的用法`,
    colour: 'orange',
    blocks: [
      paragraph(`没看懂“${text}”。“${first}”后面可以接:`),
      list(family.map((c) => c.usage)),
      note(`例如:${family[0]?.examples[0] ?? ''}`),
    ],
  };
}
