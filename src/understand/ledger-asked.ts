import type { CommandWords, ReadCommand } from './command-words';

/** The ledger's list command. */
const LIST = '整改 列表';
/** `我们处`, `本处`: the sender's own division, which the list shows when no scope is given. */
const OWN = /^(?:我们处|我们|咱们处|咱们|咱处|本处|我处)$/;
/**
 * `我们处的整改有几条`, `社保处整改事项有哪些`, `本处还有多少整改没销号`: a division's rectification items asked, by
 * whose they are (a division, or 我们处) and a question of how many or which.
 */
const ASKED =
  /^([\u4e00-\u9fa5]{2,10}?(?:处室|处)|我们|咱们|本处|我处)(?:的)?(?:整改(?:事项|问题)?)(?:台账|清单|列表)?(?:现在|目前|还|都|一共|总共)*(?:有)?(?:几条|几个|几项|多少条|多少个|多少项|多少|哪些|啥|什么)(?:没销号的?|未销号的?)?(?:呢|吗|啊|呀)?[?？]?$/;

/** A division's rectification items asked in words: the list of them (`整改 列表 <处室>`), open ones first. */
export function ledgerAsked(text: string, commands: readonly CommandWords[]): ReadCommand | undefined {
  const m = ASKED.exec(text.trim());
  if (!m || !commands.some((c) => c.name === LIST)) return undefined;
  const whose = m[1] as string;
  return { name: LIST, rest: OWN.test(whose) ? '' : whose };
}
