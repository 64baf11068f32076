import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { enrollableUnits } from '../commands/access';
import { importContextOf } from '../commands/ledger/import-context';
import { createCoreDeps } from '../core-deps';
import { applyLedgerImport } from '../ledger-import/apply-ledger-import';
import { importReport } from '../ledger-import/import-report';
import { LedgerFileError } from '../ledger-import/ledger-file-error';
import { importBlocked, planLedgerImport } from '../ledger-import/plan-ledger-import';
import { readWorkbook } from '../ledger-import/read-workbook';
import { LOCAL_ADMIN } from '../local-admin';
import { createLogger } from '../logger';
import { IMPORT_CLI_WORDS as W } from '../reply/ledger-import-wording';
import { renderText } from '../reply/render-text';
import { openStore } from '../store';
import { cliSetup } from './cli-config';
import { holdDataDir, noteDataDirHolder } from './hold-data-dir';
import type { Verb } from './verb';

// `import ledger FILE.xlsx|.csv [--sheet NAME] [--dry-run] [--division 处室] [--now ISO-8601]`: the bureau's
// existing 台账 into the ledger. The dry run prints, row by row, what would be imported, what is doubtful and
// why, what is skipped or wrong, and writes nothing; the real run imports every row or none (exit 1, naming
// the rows to fix); importing the same workbook again adds nothing. An unreadable file: one line, exit 2.

const USAGE =
  '用法: import ledger FILE.xlsx|.csv [--sheet 工作表] [--dry-run] [--division 处室] [--now ISO-8601]\n';

export const importVerb: Verb = {
  summary:
    'import ledger FILE [--sheet NAME] [--dry-run] — 导入已有的整改台账(.xlsx/.csv),先试导入看逐行结果',
  async run(args, io) {
    let values: { sheet?: string; 'dry-run'?: boolean; division?: string; now?: string };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          sheet: { type: 'string' },
          'dry-run': { type: 'boolean', default: false },
          division: { type: 'string' },
          now: { type: 'string' },
        },
      }));
    } catch {
      io.stderr.write(USAGE);
      return 2;
    }
    const [sub, file, ...extra] = positionals;
    if (sub !== 'ledger' || !file || extra.length > 0) {
      io.stderr.write(USAGE);
      return 2;
    }
    const dryRun = values['dry-run'] === true;
    const setup = cliSetup(io, values.now);
    if (!setup) return 2;
    const { config, clock } = setup;
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      io.stderr.write(`${W.unreadableFile(file, (error as NodeJS.ErrnoException).code ?? String(error))}\n`);
      return 2;
    }
    const name = basename(file);
    let sheets: Awaited<ReturnType<typeof readWorkbook>>;
    try {
      sheets = await readWorkbook(bytes, name);
    } catch (error) {
      if (!(error instanceof LedgerFileError)) throw error;
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    // The dry run only reads, beside a server if one runs; the real run takes the data folder.
    if (dryRun) await noteDataDirHolder(io, config);
    else if (!(await holdDataDir(io, config, 'import ledger'))) return 1;
    const logger = createLogger((line) => io.stderr.write(line), 'warn');
    const store = await openStore({
      dataDir: config.dataDir,
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
      logger,
      timeZone: config.timeZone,
      ...(dryRun ? { readOnly: true } : {}),
    });
    try {
      const deps = createCoreDeps({
        admins: [...config.admins, LOCAL_ADMIN],
        clock,
        logger,
        dataDir: config.dataDir,
        timeZone: config.timeZone,
        store,
      });
      const now = clock.now();
      const context = importContextOf(deps, now);
      let division: string | undefined;
      if (values.division) {
        division = context.resolveDivision(values.division);
        if (!division) {
          const names = enrollableUnits(deps);
          io.stderr.write(`${W.unknownDivision(values.division, names)}\n`);
          return 2;
        }
      }
      const options = { ...(values.sheet ? { sheet: values.sheet } : {}), ...(division ? { division } : {}) };
      const plan = planLedgerImport(name, sheets, options, context);
      const reportOptions = { divisionHow: W.divisionHow, ...(values.sheet ? { sheet: values.sheet } : {}) };
      if (plan.noSuchSheet) {
        io.stderr.write(`${renderText(importReport(plan, 'dry-run', reportOptions))}\n`);
        return 2;
      }
      if (dryRun) {
        const next = importBlocked(plan) ? undefined : W.next;
        const report = importReport(plan, 'dry-run', { ...reportOptions, ...(next ? { next } : {}) });
        io.stdout.write(`${renderText(report)}\n`);
        return 0;
      }
      if (importBlocked(plan)) {
        io.stdout.write(`${renderText(importReport(plan, 'refused', reportOptions))}\n`);
        return 1;
      }
      const meta = { by: 'cli', at: now, messageId: `cli-import-${randomUUID()}` };
      const result = await applyLedgerImport(plan, meta, store, config.timeZone);
      const imported =
        result.kind === 'done'
          ? (result.outcome.imported as { sheet: string; row: number; id: string }[])
          : [];
      io.stdout.write(`${renderText(importReport(plan, 'done', { ...reportOptions, imported }))}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
