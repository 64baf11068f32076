import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { planDirs } from '../core-deps';
import { createLogger } from '../logger';
import { indicatorRef } from '../plan/build-knowledge';
import type { PlanKnowledge } from '../plan/knowledge';
import { currentPlan } from '../plans/current-plan';
import type { PlanRegistry } from '../plans/plan-registry';
import { readPlans } from '../plans/read-plans';
import { divisionOrder } from '../reports/division-order';
import { type LedgerStats, rateText } from '../reports/ledger-stats';
import { ledgerSummary } from '../reports/ledger-summary';
import { displayName, openStore, responsibleName, type Store } from '../store';
import type { ProgressTarget, RectificationItem } from '../store/types';
import { warningLevel } from '../store/warning-level';
import { calendarDay } from '../time/calendar-day';
import { localTime } from '../time/local-time';
import { cliSetup } from './cli-config';
import { noteDataDirHolder } from './hold-data-dir';
import type { Verb } from './verb';

// `export`: the ledger (台账) and the progress log, one row per item / update, with ids and names beside
// them; the XLSX adds a third sheet, 整改经过: every event of every item (voided ones included).

type Row = (string | number)[];

export const LEDGER_HEADER = [
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
  '类型',
  '问题金额(万元)',
  '整改金额(万元)',
  '待审核申请',
  '驳回次数',
  '关联任务所属方案',
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
  '所属方案',
];
const HISTORY_HEADER = [
  '编号',
  '记录号',
  '时间',
  '经过',
  '操作人',
  '说明或理由',
  '原期限',
  '新期限',
  '申请人',
  '审核人',
  '变更',
  '金额(万元)',
  '消息ID',
];

const SUMMARY_HEADER = [
  '处室',
  '事项',
  '整改中',
  '待审核',
  '已销号',
  '应整改',
  '整改率',
  '逾期',
  '问题金额(万元)',
  '整改金额(万元)',
  '已作废(不计入)',
];

/** Events whose actor is a reviewer deciding on a request. */
const REVIEWS = new Set(['审核通过', '批准延期', '驳回销号', '驳回延期']);

/** `张三(ou_x)` when the person's name is known, else the id alone. */
function person(store: Store, id: string): string {
  const name = displayName(store, id);
  return name === id ? id : `${name}(${id})`;
}

/** `指标5-2` as the plan's table numbers it (stored by running row number), `目标3`, `3.2`. */
function targetText(t: ProgressTarget, knowledge: PlanKnowledge | undefined): string {
  if (t.kind === 'task') return t.id;
  if (t.kind === 'goal') return `目标${t.index}`;
  const indicator = knowledge?.indicatorByIndex(t.index);
  return indicator ? `指标${indicatorRef(indicator)}` : `指标(第${t.index}行)`;
}

function pendingText(item: RectificationItem, store: Store, timeZone: string): string {
  const p = item.pending;
  if (!p) return '';
  const when = localTime(p.at, timeZone);
  return p.kind === 'close'
    ? `销号申请:${person(store, p.by)} ${when}`
    : `延期申请至 ${p.deadline}:${person(store, p.by)} ${when}`;
}

export function ledgerRows(store: Store, now: Date, timeZone: string, legacyPlan = ''): Row[] {
  const today = calendarDay(now, timeZone);
  return store.items({ includeVoided: true }).map((i) => {
    const named = responsibleName(i, store) ?? '';
    const responsible = i.responsibleId && named !== i.responsibleId ? `${named}(${i.responsibleId})` : named;
    const open = i.status === '整改中' || i.status === '待审核';
    return [
      i.id,
      i.issue,
      i.unit,
      responsible,
      i.division,
      i.taskId ?? '',
      i.deadline,
      i.status,
      open ? warningLevel(i.deadline, today).label : '',
      localTime(i.registeredAt, timeZone),
      person(store, i.registeredBy),
      i.closedAt ? localTime(i.closedAt, timeZone) : '',
      i.history.filter((h) => h.kind === '延期' || h.kind === '批准延期').length,
      i.kind ?? '',
      i.amount ?? '',
      i.rectifiedAmount ?? '',
      pendingText(i, store, timeZone),
      i.history.filter((h) => h.kind === '驳回销号' || h.kind === '驳回延期').length,
      i.taskId ? (i.plan ?? legacyPlan) : '',
    ];
  });
}

/** Each update labelled in its own plan (a record keeps the plan it was made on). */
export function progressRows(store: Store, timeZone: string, plans?: PlanRegistry): Row[] {
  const legacy = plans?.legacy.id ?? '';
  return store
    .progress({ includeRetracted: true })
    .map((u) => [
      u.seq,
      localTime(u.at, timeZone),
      targetText(u.target, plans?.byId(u.target.plan ?? legacy)?.knowledge),
      u.division,
      person(store, u.by),
      u.text,
      u.retracted ? '已撤销' : '有效',
      u.retracted?.seq ?? '',
      u.messageId ?? '',
      u.target.plan ?? legacy,
    ]);
}

/**
 * The ledger's figures as 整改 统计 gives them at `now` — the same function, so the 台账's 整改金额 column, this
 * table and the chat's figures never disagree: 合计 first, then each division.
 */
export function summaryRows(
  store: Store,
  now: Date,
  timeZone: string,
  order: (a: string, b: string) => number,
) {
  const { all, divisions } = ledgerSummary(
    store.items({ includeVoided: true }),
    calendarDay(now, timeZone),
    order,
  );
  const row = (name: string, s: LedgerStats): Row => [
    name,
    s.count,
    s.byStatus.整改中,
    s.byStatus.待审核,
    s.byStatus.已销号,
    s.due,
    s.rate === undefined ? '' : rateText(s.rate),
    s.overdue,
    s.amount,
    s.rectifiedAmount,
    s.byStatus.已作废,
  ];
  return [row('合计', all), ...divisions.map((d) => row(d.division, d.stats))];
}

/** Every event of every item, in each item's order: the trail an auditor follows. */
export function historyRows(store: Store, timeZone: string): Row[] {
  return store
    .items({ includeVoided: true })
    .flatMap((i) =>
      i.history.map((h) => [
        i.id,
        h.seq,
        localTime(h.at, timeZone),
        h.kind,
        person(store, h.by),
        h.kind === '登记' ? '' : h.text,
        h.oldDeadline ?? '',
        h.newDeadline ?? '',
        h.requestedBy ? person(store, h.requestedBy) : '',
        REVIEWS.has(h.kind) ? person(store, h.by) : '',
        (h.changes ?? []).map((c) => `${c.field}:${c.from || '(无)'} → ${c.to || '(无)'}`).join(';'),
        h.amount ?? '',
        h.messageId ?? '',
      ]),
    );
}

/** One CSV field; a leading = + - @ is defused so spreadsheets never run it as a formula. */
function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV as Excel opens it for Chinese readers: UTF-8 with a BOM (without one Excel guesses GBK). */
export function toCsv(sections: { title: string; header: string[]; rows: Row[] }[]): string {
  return '\uFEFF'.concat(
    sections
      .map((s) =>
        [`# ${s.title}`, s.header, ...s.rows]
          .map((r) => (typeof r === 'string' ? r : r.map(csvField).join(',')))
          .join('\r\n'),
      )
      .join('\r\n\r\n'),
    '\r\n',
  );
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
    await noteDataDirHolder(config);
    const logger = createLogger(undefined, 'warn');
    const plans = await readPlans(planDirs(config.dataDir), logger);
    // Read only: beside a running server it reads what is committed and writes nothing in the folder.
    const store = openStore({ dataDir: config.dataDir, logger, timeZone: config.timeZone, readOnly: true });
    try {
      store.useLegacyPlan(plans.legacy.id);
      const sections = [
        {
          title: '整改台账',
          header: LEDGER_HEADER,
          rows: ledgerRows(store, now, config.timeZone, plans.legacy.id),
        },
        { title: '进展记录', header: PROGRESS_HEADER, rows: progressRows(store, config.timeZone, plans) },
        {
          title: '汇总',
          header: SUMMARY_HEADER,
          rows: summaryRows(
            store,
            now,
            config.timeZone,
            divisionOrder(
              currentPlan(plans, store.planSettings(), calendarDay(now, config.timeZone)).knowledge,
            ),
          ),
        },
      ];
      let output: Buffer;
      if (format.data === 'csv') {
        output = Buffer.from(toCsv(sections), 'utf8');
      } else {
        const { default: ExcelJS } = await import('exceljs');
        const book = new ExcelJS.Workbook();
        const history = {
          title: '整改经过',
          header: HISTORY_HEADER,
          rows: historyRows(store, config.timeZone),
        };
        // The 台账 and the log first, as in the CSV; the items' events before the figures drawn from them.
        for (const s of [sections[0]!, sections[1]!, history, sections[2]!]) {
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
