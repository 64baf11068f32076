import type { Reply } from '../reply/reply';
import type { Command } from './context';

/** Erases a command's argument type for the registry while keeping `parse` and `run` checked together. */
export function defineCommand<Args>(command: Command<Args>): Command<unknown> {
  return command as Command<unknown>;
}

/** `parse` returns either arguments or a Reply that tells the user what to type instead. */
export function isReply(value: unknown): value is Reply {
  return (
    typeof value === 'object' && value !== null && 'blocks' in value && Array.isArray((value as Reply).blocks)
  );
}
