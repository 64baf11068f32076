import { list, note, textReply } from '../../reply/reply';
import { targetLabel } from '../../reports/target-label';
import type { ProgressTarget, ProgressUpdate } from '../../store/types';
import { calendarDay } from '../../time/calendar-day';
import { actorOf } from '../access';
import { paginate, takePage } from '../command-args';
import type { CoreDeps } from '../context';
import { defineCommand } from '../define-command';
import { planLabels } from '../plan-labels';
import { resolveTarget } from './progress-target';

const PAGE_SIZE = 10;

type Args = { page: number; word: string } & (
  | { division: string }
  | { target: ProgressTarget; label: string }
);

function line(update: ProgressUpdate, deps: CoreDeps, showTarget: boolean): string {
  const who = deps.store.member(update.by)?.name ?? update.by;
  const what = showTarget ? `【${targetLabel(update.target, planLabels(deps))}】` : '';
  return `${calendarDay(new Date(update.at), deps.timeZone)} ${update.division} ${who}:${what}${update.text}(#${update.seq})`;
}

export const progressViewCommand = defineCommand<Args>({
  name: '进展 查看',
  aliases: ['progress view'],
  usage: '进展 查看 <任务|处室> [第N页] — 进展记录,最新的在前',
  examples: ['进展 查看 3.2', '进展 查看 社保处 第2页'],
  parse(rest, msg, deps) {
    const { page, rest: what } = takePage(rest);
    const word = what || actorOf(msg, deps).member?.division || '';
    if (!word)
      return textReply('用法:进展 查看 <任务编号|关键词|处室> [第N页],例如「进展 查看 3.2」。', 'orange');
    const division = deps.knowledge.resolveDivision(word);
    if (division && !division.external) return { page, word, division: division.name };
    const resolved = resolveTarget(word.replace(/^(目标|指标)\s+/, '$1'), deps);
    if (!resolved.ok) return resolved.reply;
    return { page, word, target: resolved.target, label: resolved.label };
  },
  run(args, _msg, deps) {
    const updates =
      'division' in args
        ? deps.store.progress({ division: args.division })
        : deps.store.progress({ target: args.target });
    const subject = 'division' in args ? args.division : args.label;
    if (updates.length === 0) return textReply(`「${subject}」还没有进展记录。`);
    const latestFirst = [...updates].reverse();
    const { slice, page, pages } = paginate(latestFirst, args.page, PAGE_SIZE);
    const hint = page < pages ? `;下一页:进展 查看 ${args.word} 第${page + 1}页` : '';
    return {
      title: `进展记录:${subject}`,
      blocks: [
        list(slice.map((u) => line(u, deps, 'division' in args))),
        note(`共 ${updates.length} 条,第 ${page}/${pages} 页,最新的在前${hint}`),
      ],
    };
  },
});
