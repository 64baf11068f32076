// The CLI's verbs, one file each under src/cli/, loaded only when called so that `say` never pays for
// the Lark SDK or exceljs at start-up. Each returns the process exit code.

import type { Verb } from './verb';

const lazy =
  (load: () => Promise<Verb>): Verb['run'] =>
  async (args, io) =>
    (await load()).run(args, io);

export const verbs: Record<string, Pick<Verb, 'summary' | 'run'>> = {
  say: {
    summary: 'say [--user ID] [--chat ID] [--now ISO-8601] [--json] [TEXT] — 向机器人发消息',
    run: lazy(async () => (await import('./say')).sayVerb),
  },
  parse: {
    summary: 'parse FILE [--json] — 解析方案(.txt/.md/.docx/.pdf)',
    run: lazy(async () => (await import('./parse')).parseVerb),
  },
  plan: {
    summary: 'plan add FILE | plan list — 导入方案,列出已有方案',
    run: lazy(async () => (await import('./plan')).planVerb),
  },
  calendar: {
    summary: 'calendar parse FILE [--json] — 读节假日安排通知,列出放假日和调休上班日',
    run: lazy(async () => (await import('./calendar')).calendarVerb),
  },
  job: {
    summary:
      'job reminders|digest|calendar [--now ISO-8601]… — 立即运行一次整改提醒、周报或节假日待确认提醒(多个 --now:依次在每个时刻运行)',
    run: lazy(async () => (await import('./job')).jobVerb),
  },
};

// Store verbs (journal check, synthetic history, ledger and progress export).
verbs.verify = {
  summary: 'verify — 校验日志哈希链及状态与日志是否一致,有问题时非零退出并指出第一条问题记录',
  run: lazy(async () => (await import('./verify')).verifyVerb),
};
verbs['demo-data'] = {
  summary: 'demo-data --updates N --rectifications M — 生成五年的模拟进展和整改台账,写入 DATA_DIR',
  run: lazy(async () => (await import('./demo-data')).demoDataVerb),
};
verbs.migrate = {
  summary: 'migrate --to DATABASE_URL — 把 DATA_DIR 的文件存储迁入一个空的 PostgreSQL 数据库并校验',
  run: lazy(async () => (await import('./migrate')).migrateVerb),
};
verbs.export = {
  summary:
    'export [--format csv|xlsx] [--out FILE|DIR] [--table items|progress|history|summary] [--now ISO-8601] — 导出整改台账、进展记录、整改经过和汇总',
  run: lazy(async () => (await import('./export')).exportVerb),
};
verbs.import = {
  summary:
    'import ledger FILE.xlsx|.csv [--sheet NAME] [--dry-run] [--division 处室] — 导入已有的整改台账(先 --dry-run 看逐行结果)',
  run: lazy(async () => (await import('./import')).importVerb),
};
