// The shapes command reading works with, apart from the reader so the readers of one kind of command
// (item-first.ts, ledger-asked.ts) need not import read-command.ts, which imports them.

/** A command's words, as the registry lists them. */
export interface CommandWords {
  name: string;
  aliases: readonly string[];
  /** Its words must stand apart (a space, a colon or the end after them). */
  separated?: boolean;
}

export interface ReadCommand {
  name: string;
  /** The argument text, trimmed, its leading id set apart by a space. */
  rest: string;
}
