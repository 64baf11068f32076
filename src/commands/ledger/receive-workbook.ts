import type { Attachment, Fetched, IncomingMessage } from '../../message/incoming-message';
import { IMPORT_CHAT_WORDS as W } from '../../reply/ledger-import-wording';
import { type Reply, textReply } from '../../reply/reply';
import { normalise } from '../../text/normalise';
import { actorOf } from '../access';
import type { CoreDeps } from '../context';
import { isReply } from '../define-command';
import { fetchSentFile, isSentFile } from '../files/fetch-sent-file';
import { importWorkbook, ledgerImportCommand, parseLedgerImport } from './ledger-import-command';
import type { SentWorkbook } from './workbook-memory';

// A workbook (.xlsx, .csv; an old .xls is refused by the reader with the fix) sent in chat is a 台账 to import.
// Its bytes are fetched before the message's transaction (a download takes seconds); inside it, the workbook
// is kept for `导入台账`, or — when `导入台账` came just before, or with it — its dry run is the reply.

const WORKBOOK = /\.(?:xlsx|xlsm|xls|csv)$/i;

export function isWorkbookName(name: string): boolean {
  return WORKBOOK.test(name.trim());
}

/** The sent workbook's bytes, or the reply that refuses it (a stranger's, one that could not be fetched). */
export async function readSentWorkbook(
  message: IncomingMessage,
  attachment: Attachment,
  deps: CoreDeps,
  fetchAttachment: (() => Promise<Fetched>) | undefined,
): Promise<SentWorkbook | Reply> {
  if (!actorOf(message, deps).global) return textReply(W.onlyGlobal, 'orange');
  if (!deps.workbooks) return textReply(W.local, 'orange');
  const file = await fetchSentFile(attachment, fetchAttachment);
  return isSentFile(file) ? { name: file.name, bytes: file.bytes } : file;
}

/** Inside the message's transaction: the dry run when `导入台账` goes with the file, else the file kept for it. */
export async function workbookArrived(
  sent: SentWorkbook,
  message: IncomingMessage,
  deps: CoreDeps,
): Promise<Reply> {
  const memory = deps.workbooks!;
  const text = normalise(message.text);
  const asked = memory.expecting(message.chatId, message.userId, message.at);
  const said = ledgerImportCommand.aliases.concat(ledgerImportCommand.name).find((w) => text.startsWith(w));
  if (!said && !asked) {
    memory.keep(message.chatId, message.userId, sent, message.at);
    return textReply(W.received(sent.name), 'blue');
  }
  const args = said ? parseLedgerImport(text.slice(said.length).trim(), deps) : { confirm: false };
  if (isReply(args)) return args;
  const workbook: SentWorkbook = {
    ...sent,
    ...(args.division ? { division: args.division } : {}),
    ...(args.sheet ? { sheet: args.sheet } : {}),
  };
  return importWorkbook(workbook, false, message, deps);
}
