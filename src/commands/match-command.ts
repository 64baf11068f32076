import type { Command } from './context';

export interface CommandMatch {
  command: Command<unknown>;
  /** The text after the alias, trimmed. */
  rest: string;
}

const isAscii = (s: string) => /^[\x20-\x7e]+$/.test(s);

function aliasPattern(alias: string): RegExp {
  const words = alias.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Chinese aliases may run straight into their argument (`任务企金处`); ASCII ones need a word boundary.
  const tail = isAscii(alias) ? '(?:\\s+|$)' : '\\s*';
  return new RegExp(`^${words.join('\\s*')}${tail}`, 'i');
}

/** The command whose LONGEST alias prefixes the text (`整改 登记` wins over `整改`). */
export function matchCommand(text: string, commands: readonly Command<unknown>[]): CommandMatch | undefined {
  let best: { command: Command<unknown>; length: number; consumed: number } | undefined;
  for (const command of commands) {
    for (const alias of [command.name, ...command.aliases]) {
      const m = aliasPattern(alias).exec(text);
      if (m && (!best || alias.length > best.length))
        best = { command, length: alias.length, consumed: m[0].length };
    }
  }
  return best && { command: best.command, rest: text.slice(best.consumed).trim() };
}
