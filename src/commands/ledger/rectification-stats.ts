import { amountText } from '../../reply/amount-text';
import { type Block, heading, list, note, paragraph, textReply } from '../../reply/reply';
import { divisionOrder } from '../../reports/division-order';
import { rateText } from '../../reports/ledger-stats';
import { ledgerSummary } from '../../reports/ledger-summary';
import { statsLine } from '../../reports/stats-line';
import { calendarDay } from '../../time/calendar-day';
import { actorOf, enrollableUnit, enrollableUnits, SECRETARIAT } from '../access';
import { words } from '../command-args';
import { defineCommand } from '../define-command';

const USAGE = '整改 统计 [处室|全部] [年份]';

export const rectificationStatsCommand = defineCommand<{ division?: string; year?: string }>({
  name: '整改 统计',
  aliases: ['rectify stats'],
  usage: `${USAGE} — 各状态事项数、整改率(已销号 ÷ 应整改)、逾期数和金额(按登记年份)`,
  examples: ['整改 统计', '整改 统计 全部 2026', '整改 统计 社保处'],
  parse(rest, msg, deps) {
    let division: string | undefined;
    let year: string | undefined;
    let all = false;
    for (const word of words(rest)) {
      const y = /^(\d{4})年?$/.exec(word);
      if (y) {
        year = y[1];
        continue;
      }
      if (word === '全部' || word === 'all') {
        all = true;
        continue;
      }
      const d = enrollableUnit(word, deps);
      if (!d)
        return textReply(
          `没有“${word}”这个处室。可写:全部、${enrollableUnits(deps).join('、')},或年份(如 2026)。用法:${USAGE}`,
          'orange',
        );
      division = d.name;
    }
    if (!division && !all) {
      const own = actorOf(msg, deps).member?.division;
      if (own && own !== SECRETARIAT) division = own;
    }
    return { ...(division ? { division } : {}), ...(year ? { year } : {}) };
  },
  run(args, msg, deps) {
    const today = calendarDay(msg.at, deps.timeZone);
    const items = deps.store
      .items({ includeVoided: true, ...(args.division ? { division: args.division } : {}) })
      .filter((i) => !args.year || i.id.startsWith(`ZG-${args.year}-`));
    const scope = `${args.division ?? '全部'}${args.year ? ` · ${args.year} 年登记` : ''}`;
    if (items.length === 0) return textReply(`整改统计(${scope}):还没有整改事项。`);
    const summary = ledgerSummary(items, today, divisionOrder(deps.knowledge));
    const s = summary.all;
    const blocks: Block[] = [
      paragraph(statsLine(s)),
      {
        type: 'fields',
        fields: [
          { label: '应整改', value: `${s.due} 项(已到期或已销号)` },
          { label: '已销号', value: `${s.closed} 项` },
          { label: '整改率', value: rateText(s.rate) },
          { label: '逾期未销号', value: `${s.overdue} 项` },
          { label: '问题金额', value: amountText(s.amount) },
          { label: '整改金额', value: amountText(s.rectifiedAmount) },
          ...(s.byStatus.已作废 > 0 ? [{ label: '已作废', value: `${s.byStatus.已作废} 项(不计入)` }] : []),
        ],
      },
    ];
    if (!args.division) {
      blocks.push(heading('各处室'));
      blocks.push(list(summary.divisions.map(({ division, stats }) => `${division}:${statsLine(stats)}`)));
    }
    blocks.push(note(`截至 ${today};整改率 = 已销号 ÷ 应整改(期限已到或已销号的事项),作废的事项不计入。`));
    return { title: `整改统计(${scope})`, colour: s.overdue > 0 ? 'red' : 'green', blocks };
  },
});
