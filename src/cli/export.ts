import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createLogger } from '../logger';
import { openStore, type Store } from '../store';
import type { ProgressTarget } from '../store/types';
import { warningLevel } from '../store/warning-level';
import { calendarDay, wallClock } from '../time/calendar-day';
import { cliSetup } from './cli-config';
import type { Verb } from './verb';

// `export`: the ledger (台账) and the progress log, one row per item / update, with ids.

type Row = (string | number)[];

const LEDGER_HEADER = [
  '编号',
  '问题',
  '责任单位',
  '责任人',
  '跟踪处室',
  '关联任务',
  '期限',
  '状态',
  '预警',
  '登记时间',
  '登记人',
  '销号时间',
  '延期次数',
];
const PROGRESS_HEADER = [
  '记录号',
  '时间',
  '任务或目标',
  '处室',
  '记录人',
  '内容',
  '状态',
  '撤销记录号',
  '消息ID',
];

const targetText = (t: ProgressTarget) =>
  t.kind === 'task' ? t.id : `${t.kind === 'goal' ? '目标' : '指标'}${t.index}`;

/** `2026-11-26 14:38:47` in TZ_NAME: what a reader of the 台账 expects, rather than a UTC instant. */
function localTime(iso: string, timeZone: string): string {
  const w = wallClock(new Date(iso), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)}:${two(w.second)}`;
}

export function ledgerRows(store: Store, now: Date, timeZone: string): Row[] {
  return store
    .items()
    .map((i) => [
      i.id,
      i.issue,
      i.unit,
      i.responsible ?? '',
      i.division,
      i.taskId ?? '',
      i.deadline,
      i.status,
      i.status === '已销号' ? '' : warningLevel(i.deadline, calendarDay(now, timeZone)).label,
      localTime(i.registeredAt, timeZone),
      store.member(i.registeredBy)?.name ?? i.registeredBy,
      i.closedAt ? localTime(i.closedAt, timeZone) : '',
      i.history.filter((h) => h.kind === '延期').length,
    ]);
}

export function progressRows(store: Store, timeZone: string): Row[] {
  return store
    .progress({ includeRetracted: true })
    .map((u) => [
      u.seq,
      localTime(u.at, timeZone),
      targetText(u.target),
      u.division,
      store.member(u.by)?.name ?? u.by,
      u.text,
      u.retracted ? '已撤销' : '有效',
      u.retracted?.seq ?? '',
      u.messageId ?? '',
    ]);
}

/** One CSV field; a leading = + - @ is defused so spreadsheets never run it as a formula. */
function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(sections: { title: string; header: string[]; rows: Row[] }[]): string {
  return sections
    .map((s) =>
      [`# ${s.title}`, s.header, ...s.rows]
        .map((r) => (typeof r === 'string' ? r : r.map(csvField).join(',')))
        .join('\r\n'),
    )
    .join('\r\n\r\n')
    .concat('\r\n');
}

const formatSchema = z.enum(['csv', 'xlsx']);

export const exportVerb: Verb = {
  summary: 'export [--format csv|xlsx] [--out FILE] — 导出整改台账和进展记录',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        format: { type: 'string', default: 'csv' },
        out: { type: 'string' },
        now: { type: 'string' },
      },
    });
    const format = formatSchema.safeParse(values.format);
    const setup = cliSetup(values.now);
    if (!setup) return 2;
    const { config } = setup;
    const now = setup.clock.now();
    if (!format.success) {
      process.stderr.write('用法: export [--format csv|xlsx] [--out FILE] [--now ISO-8601]\n');
      return 2;
    }
    const store = openStore({ dataDir: config.dataDir, logger: createLogger(undefined, 'warn') });
    try {
      const sections = [
        { title: '整改台账', header: LEDGER_HEADER, rows: ledgerRows(store, now, config.timeZone) },
        { title: '进展记录', header: PROGRESS_HEADER, rows: progressRows(store, config.timeZone) },
      ];
      let output: Buffer;
      if (format.data === 'csv') {
        output = Buffer.from(toCsv(sections), 'utf8');
      } else {
        const { default: ExcelJS } = await import('exceljs');
        const book = new ExcelJS.Workbook();
        for (const s of sections) {
          const sheet = book.addWorksheet(s.title);
          sheet.addRow(s.header).font = { bold: true };
          sheet.addRows(s.rows);
          sheet.views = [{ state: 'frozen', ySplit: 1 }];
        }
        output = Buffer.from(await book.xlsx.writeBuffer());
      }
      if (values.out) {
        writeFileSync(values.out, output);
        process.stderr.write(
          `已导出 ${sections[0]!.rows.length} 个整改事项、${sections[1]!.rows.length} 条进展到 ${values.out}\n`,
        );
      } else {
        process.stdout.write(output);
      }
      return 0;
    } finally {
      store.close();
    }
  },
};
