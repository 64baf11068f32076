import type { Reply } from '../reply/reply';
import { list, note, paragraph } from '../reply/reply';
import { readCommand } from '../understand/read-command';
import type { Command } from './context';

export interface CommandMatch {
  command: Command<unknown>;
  /** The text after the alias, trimmed. */
  rest: string;
}

/** The command the text starts with, as the understanding layer reads commands (src/understand/read-command.ts). */
export function matchCommand(text: string, commands: readonly Command<unknown>[]): CommandMatch | undefined {
  const read = readCommand(text, commands);
  const command = read && commands.find((c) => c.name === read.name);
  return command && read ? { command, rest: read.rest } : undefined;
}

/** The commands of each family by its first word, in the list's order: built once per list, not per message. */
const families = new WeakMap<readonly Command<unknown>[], Map<string, Command<unknown>[]>>();

function familiesOf(commands: readonly Command<unknown>[]): Map<string, Command<unknown>[]> {
  const known = families.get(commands);
  if (known) return known;
  const byFirst = new Map<string, Command<unknown>[]>();
  for (const c of commands) {
    const firsts = new Set(
      [c.name, ...c.aliases].filter((a) => a.includes(' ')).map((a) => a.split(' ')[0] as string),
    );
    for (const first of firsts) byFirst.set(first, [...(byFirst.get(first) ?? []), c]);
  }
  families.set(commands, byFirst);
  return byFirst;
}

/**
 * `整改 登计 …` (a typo after a command family's first word): the family's commands with their usage,
 * instead of a search for the typo. A family is the set of aliases sharing a first word (`整改 登记`,
 * `整改 列表` …); nothing is returned when the text does not start with such a word.
 */
export function familyHelp(text: string, commands: readonly Command<unknown>[]): Reply | undefined {
  const first = text.split(' ')[0] ?? '';
  if (!first || first === text) return undefined;
  const family = familiesOf(commands).get(first) ?? [];
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
