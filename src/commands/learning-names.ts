import { metaOf } from './access';
import type { Command } from './context';

/**
 * The command, learning the names its message carries — the people it @-mentions and the sender's own
 * (`userName`, from Lark's contact API) — so that everyone it records is shown by name. The store records
 * them with the message's other changes, only when new or changed, and not at all for a message that
 * records nothing (a refusal, a question).
 */
export function learningNames<Args>(command: Command<Args>): Command<Args> {
  return {
    ...command,
    run(args, msg, deps) {
      const meta = metaOf(msg);
      for (const m of msg.mentions ?? []) deps.store.learnName(meta, m.openId, m.name);
      if (msg.userName) deps.store.learnName(meta, msg.userId, msg.userName);
      return command.run(args, msg, deps);
    },
  };
}
