import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parsePlan } from '../plan/parse-plan';
import type { Verb } from './verb';

export const parseVerb: Verb = {
  summary: 'parse FILE [--json] — 解析一份方案文本,输出任务、目标、指标、保障措施',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false } },
    });
    const file = positionals[0];
    if (!file) {
      process.stderr.write('用法: parse FILE [--json]\n');
      return 2;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`读不到文件 ${file}: ${(error as Error).message}\n`);
      return 2;
    }
    const plan = parsePlan(text);
    if (values.json) {
      const tasks = plan.tasks.map(({ id, title, text, clause, lead, support }) => ({
        id,
        title,
        text,
        clause,
        lead,
        support,
      }));
      process.stdout.write(
        `${JSON.stringify({ tasks, goals: plan.goals, indicators: plan.indicators, measures: plan.measures })}\n`,
      );
      return 0;
    }
    const out: string[] = [`任务 ${plan.tasks.length} 项:`];
    for (const t of plan.tasks) {
      out.push(
        `  ${t.id} ${t.title}(${t.clause}) 牵头:${t.lead.join('、') || '—'} 配合:${t.support.join('、') || '—'}`,
      );
    }
    out.push(`目标 ${plan.goals.length} 个:`, ...plan.goals.map((g) => `  ${g.index}. ${g.title}`));
    out.push(
      `指标 ${plan.indicators.length} 个:`,
      ...plan.indicators.map((i) => `  ${i.index}. [${i.category}] ${i.name}`),
    );
    out.push(`保障措施 ${plan.measures.length} 项:`, ...plan.measures.map((m) => `  ${m.clause} ${m.title}`));
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  },
};
