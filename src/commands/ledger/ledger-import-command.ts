import { importReport } from '../../ledger-import/import-report';
import { LedgerFileError } from '../../ledger-import/ledger-file-error';
import { importBlocked, planLedgerImport } from '../../ledger-import/plan-ledger-import';
import { readWorkbook } from '../../ledger-import/read-workbook';
import { recordLedgerImport } from '../../ledger-import/record-ledger-import';
import type { IncomingMessage } from '../../message/incoming-message';
import { IMPORT_CHAT_WORDS as W } from '../../reply/ledger-import-wording';
import { type Reply, textReply } from '../../reply/reply';
import { actorOf, enrollableUnit, enrollableUnits, metaOf } from '../access';
import type { CoreDeps } from '../context';
import { defineCommand } from '../define-command';
import { importContextOf } from './import-context';
import { parseItemOptions } from './item-options';
import type { SentWorkbook } from './workbook-memory';

// `导入台账` in chat (admins, 秘书处): with a workbook sent just before or just after it, the dry run row by row;
// `导入台账 处室:<处室>` answers the dry run's question (rows no column or sheet places), `工作表:` picks one
// sheet; `导入台账 确认` imports what the dry run showed, inside this message's transaction: all rows or none.

export interface LedgerImportArgs {
  confirm: boolean;
  division?: string;
  sheet?: string;
}

/** `[确认] [处室:<处室>] [工作表:<工作表>]` after `导入台账`. */
export function parseLedgerImport(rest: string, deps: CoreDeps): LedgerImportArgs | Reply {
  const { free, options } = parseItemOptions(rest, ['division', 'sheet']);
  if (free && free !== '确认') return textReply(`用法:${W.usage}`, 'orange');
  let division: string | undefined;
  if (options.division) {
    const d = enrollableUnit(options.division, deps);
    if (!d) return textReply(W.unknownDivision(options.division, enrollableUnits(deps)), 'orange');
    division = d.name;
  }
  return {
    confirm: free === '确认',
    ...(division ? { division } : {}),
    ...(options.sheet ? { sheet: options.sheet } : {}),
  };
}

export const ledgerImportCommand = defineCommand<LedgerImportArgs>({
  name: '导入台账',
  aliases: ['import ledger'],
  usage: `${W.usage} — 把已有的 Excel 整改台账导入(先试导入,确认后正式导入;管理员、秘书处)`,
  examples: ['导入台账', '导入台账 处室:社保处', '导入台账 确认'],
  parse: (rest, _msg, deps) => parseLedgerImport(rest, deps),
  async run(args, msg, deps) {
    if (!actorOf(msg, deps).global) return textReply(W.onlyGlobal, 'orange');
    const memory = deps.workbooks;
    if (!memory) return textReply(W.local, 'orange');
    const kept = memory.recall(msg.chatId, msg.userId, msg.at);
    if (!kept) {
      if (args.confirm) return textReply(W.nothingToConfirm, 'orange');
      memory.expect(msg.chatId, msg.userId, msg.at);
      return textReply(W.sendFile, 'blue');
    }
    const workbook: SentWorkbook = {
      ...kept,
      ...(args.division ? { division: args.division } : {}),
      ...(args.sheet ? { sheet: args.sheet } : {}),
    };
    if (args.confirm && !kept.shown) return textReply(W.notShown, 'orange');
    return await importWorkbook(workbook, args.confirm, msg, deps);
  },
});

/** The dry run of a kept workbook (kept again, now confirmable), or with `confirm` its import. */
export async function importWorkbook(
  workbook: SentWorkbook,
  confirm: boolean,
  msg: IncomingMessage,
  deps: CoreDeps,
): Promise<Reply> {
  let sheets: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    sheets = await readWorkbook(workbook.bytes, workbook.name);
  } catch (error) {
    if (error instanceof LedgerFileError) {
      deps.workbooks?.forget(msg.chatId, msg.userId);
      return textReply(W.unreadable(error.message), 'orange');
    }
    throw error;
  }
  const options = {
    ...(workbook.sheet ? { sheet: workbook.sheet } : {}),
    ...(workbook.division ? { division: workbook.division } : {}),
  };
  const plan = planLedgerImport(workbook.name, sheets, options, importContextOf(deps, msg.at));
  const report = { divisionHow: W.divisionHow, ...(workbook.sheet ? { sheet: workbook.sheet } : {}) };
  const blocked = importBlocked(plan) || plan.noSuchSheet !== undefined;
  if (!confirm || blocked) {
    deps.workbooks?.keep(msg.chatId, msg.userId, { ...workbook, shown: true }, msg.at);
    return importReport(plan, confirm ? 'refused' : 'dry-run', {
      ...report,
      ...(blocked ? {} : { next: W.next }),
    });
  }
  const imported = recordLedgerImport(plan, metaOf(msg), deps.store, deps.timeZone);
  deps.workbooks?.forget(msg.chatId, msg.userId);
  return importReport(plan, 'done', { ...report, imported });
}
