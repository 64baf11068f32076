import { buildKnowledge } from '../plan/build-knowledge';
import { loadPlanFile } from '../plan/load-plan-file';
import type { Task } from '../plan/model';
import { PlanFileError } from '../plan/plan-file-error';
import { taskNumber } from '../understand/task-number';
import { jsonFlagArgs } from './json-flag-args';
import type { Verb } from './verb';

// `parse FILE [--json]`: the plan model of a .txt, .md, .docx or .pdf plan. A file that cannot be read,
// or yields no task, is one line on stderr and exit 2: never a stack trace, never an empty plan.

export const parseVerb: Verb = {
  summary: 'parse FILE [--json] — 解析一份方案(.txt/.md/.docx/.pdf),输出任务、目标、指标、保障措施',
  async run(args, io) {
    const parsed = jsonFlagArgs(args);
    if (!parsed) {
      io.stderr.write('用法: parse FILE [--json]\n');
      return 2;
    }
    const { positionals } = parsed;
    const file = positionals[0];
    if (!file) {
      io.stderr.write('用法: parse FILE [--json]\n');
      return 2;
    }
    let plan: Awaited<ReturnType<typeof loadPlanFile>>;
    try {
      plan = await loadPlanFile(file);
    } catch (error) {
      const line =
        error instanceof PlanFileError
          ? error.message
          : `读不了方案文件 ${file}：${(error as Error)?.message ?? error}`;
      io.stderr.write(`${line.replace(/[\r\n]+/g, ' ')}\n`);
      return 2;
    }
    // Each task by the number that reads back to it in chat, as every reply and report names it.
    const knowledge = buildKnowledge(plan);
    const askAs = (task: Task) => taskNumber(task, knowledge);
    if (parsed.json) {
      // `number`: how the plan itself numbers the task; `askAs`: the number to send for it in chat (added
      // fields; the documented ones keep their names). `leader`: the person the plan names for it, if any;
      // `cells`: its table row's other columns (完成时限 …), if any.
      const tasks = plan.tasks.map((task) => {
        const { id, title, text, clause, lead, support, number, leader, cells } = task;
        return {
          id,
          title,
          text,
          clause,
          lead,
          support,
          number: number ?? null,
          askAs: askAs(task),
          ...(leader ? { leader } : {}),
          ...(cells ? { cells } : {}),
        };
      });
      io.stdout.write(
        `${JSON.stringify({
          id: plan.id,
          title: plan.title,
          period: plan.period ?? null,
          tasks,
          goals: plan.goals,
          indicators: plan.indicators,
          measures: plan.measures,
          sections: plan.sections,
        })}\n`,
      );
      return 0;
    }
    const period = plan.period
      ? plan.period.from === plan.period.to
        ? `${plan.period.from}年`
        : `${plan.period.from}—${plan.period.to}年`
      : '未注明';
    const out: string[] = [`方案 ${plan.title || '(无标题)'}  期限:${period}  编号:${plan.id}`];
    out.push(`任务 ${plan.tasks.length} 项:`);
    for (const t of plan.tasks) {
      out.push(
        `  ${askAs(t)} ${t.title}(${t.clause}) 牵头:${t.lead.join('、') || '—'} 配合:${t.support.join('、') || '—'}${t.number ? ` 原文编号:${t.number}` : ''}`,
      );
    }
    out.push(`目标 ${plan.goals.length} 个:`, ...plan.goals.map((g) => `  ${g.index}. ${g.title}`));
    out.push(
      `指标 ${plan.indicators.length} 个:`,
      ...plan.indicators.map((i) => `  ${i.ref}. [${i.category}] ${i.name}`),
    );
    out.push(`保障措施 ${plan.measures.length} 项:`, ...plan.measures.map((m) => `  ${m.clause} ${m.title}`));
    io.stdout.write(`${out.join('\n')}\n`);
    return 0;
  },
};
