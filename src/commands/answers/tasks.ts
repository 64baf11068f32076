import { isCollective } from '../../plan/divisions';
import type { Division } from '../../plan/knowledge';
import { leadWord } from '../../plan/lead-word';
import type { Block, Reply } from '../../reply/reply';
import { heading, list, note, paragraph } from '../../reply/reply';
import { planAskOf } from '../../understand/by-number/plan-ask-of';
import type { PlanRef } from '../../understand/plan-ref';
import type { Ask } from '../../understand/reading';
import { askableTaskId } from '../askable-task-id';
import type { CoreDeps } from '../context';
import { defineCommand } from '../define-command';
import { goalLabel, indicatorLabel, taskLine, withPeriodNote } from './present';
import { refReply } from './ref-reply';

export function divisionsOverview(deps: CoreDeps): Reply {
  const { knowledge } = deps;
  const rows = knowledge.divisions.map((d) => {
    const all = knowledge.tasksLedBy(d.name);
    const led = all.filter((t) => leadWord(t) === '牵头');
    const listed = all.filter((t) => leadWord(t) !== '牵头');
    const ids = (ts: typeof all) =>
      ts.length > 0 ? `(${ts.map((t) => askableTaskId(t, deps)).join('、')})` : '';
    return `${d.name}:牵头 ${led.length} 项${ids(led)}${listed.length > 0 ? `;列为责任单位 ${listed.length} 项${ids(listed)}` : ''}`;
  });
  return {
    title: '各处室任务',
    colour: 'blue',
    blocks: [
      list(rows),
      note(
        `查看某个处室的详情:任务 <处室>,例如:任务 ${knowledge.divisions.find((d) => !d.external)?.name ?? '<处室>'}`,
      ),
    ],
  };
}

/** A division's tasks as its reply lists them, one list after another: led, listed as 责任单位, supported. */
function divisionTasks(division: Division, knowledge: CoreDeps['knowledge']) {
  // Tasks whose note lists this division among several 责任单位 without a lead are not called its 牵头任务.
  const led = knowledge.tasksLedBy(division.name).filter((t) => leadWord(t) === '牵头');
  const listed = knowledge.tasksLedBy(division.name).filter((t) => leadWord(t) !== '牵头');
  const supported = knowledge.tasksSupportedBy(division.name);
  return { led, listed, supported };
}

/** The tasks a division's reply lists, in the order shown (`第二个` after it is the second). */
export function tasksShownFor(division: Division, deps: CoreDeps): string[] {
  const { led, listed, supported } = divisionTasks(division, deps.knowledge);
  return [...led, ...listed, ...supported].map((t) => t.id);
}

export function tasksReply(division: Division, deps: CoreDeps): Reply {
  const { knowledge } = deps;
  const { led, listed, supported } = divisionTasks(division, knowledge);
  const collective = knowledge.tasksSupportedCollectivelyBy(division.name);
  const blocks: Block[] = [];

  // Roles the safeguard measures give the division by name (秘书处: 牵头抓总、跟踪督办).
  const roles = knowledge.plan.measures.flatMap((m) =>
    m.roles
      .filter((r) => knowledge.resolveDivision(r.holder)?.name === division.name)
      .map((r) => `${r.role}(保障措施 ${m.clause} ${m.title})`),
  );
  if (roles.length > 0) blocks.push(paragraph(`方案写明${division.name}负责:${roles.join(';')}`));
  blocks.push(heading(`牵头任务(${led.length} 项)`));
  blocks.push(
    led.length > 0
      ? list(led.map((t) => taskLine(t, deps)))
      : paragraph('方案中没有由本处室牵头的重点任务。'),
  );
  if (listed.length > 0) {
    blocks.push(heading(`列为责任单位的任务(${listed.length} 项,方案未写明牵头单位)`));
    blocks.push(list(listed.map((t) => taskLine(t, deps))));
  }
  if (supported.length > 0) {
    blocks.push(heading(`配合任务(${supported.length} 项)`));
    blocks.push(list(supported.map((t) => taskLine(t, deps))));
  }
  if (collective.length > 0) {
    // 相关处室 is the plan's word, not a list of divisions: never read it as naming this one.
    const names = [...new Set(collective.flatMap((t) => t.support.filter(isCollective)))]
      .map((n) => `“${n}”`)
      .join('');
    blocks.push(
      paragraph(
        `另有 ${collective.length} 项任务写明由${names}配合(${collective.map((t) => askableTaskId(t, deps)).join('、')}),方案没有点名是哪些处室。`,
      ),
    );
  }

  const owned = deps.store.targetOwners().filter((o) => o.division === division.name);
  const ownedLines = owned.flatMap((o) => {
    if (o.kind === 'goal') {
      const goal = knowledge.plan.goals.find((g) => g.index === o.index);
      return goal ? [`${goalLabel(goal)}(已指派)`] : [];
    }
    // Owners are stored by the indicator's running index; the label names it as the table does.
    const indicator = knowledge.indicatorByIndex(o.index);
    return indicator ? [`${indicatorLabel(indicator)}(已指派)`] : [];
  });
  if (ownedLines.length > 0) {
    blocks.push(heading(`负责的目标与指标(${ownedLines.length} 项,管理员指派)`));
    blocks.push(list(ownedLines));
  }

  const related = knowledge.targetsRelatedTo(division.name);
  const targetLines = [
    ...related.goals.map(({ goal, relations }) => {
      const r = relations.find((x) => x.division === division.name);
      return `${goalLabel(goal)}${r ? ` — ${r.reason}` : ''}`;
    }),
    ...related.indicators.map(({ indicator, relations }) => {
      const r = relations.find((x) => x.division === division.name);
      return `${indicatorLabel(indicator)}${r ? ` — ${r.reason}` : ''}`;
    }),
  ];
  blocks.push(heading('相关目标与指标'));
  blocks.push(targetLines.length > 0 ? list(targetLines) : paragraph('没有推断出相关的目标或指标。'));
  blocks.push(
    note(
      '方案没有为目标和指标指定责任处室;以上“相关”是根据方案文本推断的,不代表归属。管理员可用“目标 指派”指定。',
    ),
  );
  return { title: `${division.name}的任务与目标`, colour: 'blue', blocks };
}

export const tasksCommand = defineCommand<
  { division: Division } | { all: true } | { ref: PlanRef; ask: Extract<Ask, { kind: 'ref' }> }
>({
  name: '任务',
  aliases: ['tasks', '处室任务'],
  usage: '任务 <处室|编号> — 处室牵头和配合的任务、相关目标指标;或一项任务的详情',
  examples: ['任务 企金处', '社保处负责哪些任务?', '任务 3.2', '二(三)2'],
  parse: (rest, _msg, deps) => {
    if (!rest) return { all: true };
    // `任务5推进情况`, `任务3什么时候完成`: the task by its number, answered as asked.
    const ask = planAskOf(rest, { lexicon: deps.plan.lexicon, knowledge: deps.knowledge });
    if (ask) return { ref: ask.ref, ask };
    const division = deps.knowledge.resolveDivision(rest) ?? deps.knowledge.findDivisions(rest)[0];
    if (division) return { division };
    return {
      blocks: [
        paragraph(`没有找到处室“${rest}”。`),
        note(
          `可选的处室:${deps.knowledge.divisions.map((d) => d.name).join('、')}。例如:任务 ${deps.knowledge.divisions[0]?.name ?? '<处室>'}`,
        ),
      ],
    };
  },
  run: (args, msg, deps) => {
    // The chat's topic, as a question asking the same would leave it: `第二个`, `谁配合` read against it.
    const topic =
      'division' in args
        ? { division: args.division.name, ask: 'owns' as const, list: tasksShownFor(args.division, deps) }
        : 'ref' in args && 'task' in args.ref
          ? { taskId: args.ref.task.id, ask: 'card' as const }
          : 'ref' in args && 'section' in args.ref
            ? { ask: 'card' as const, list: args.ref.tasks.map((t) => t.id) }
            : undefined;
    if (topic && msg.chatId)
      deps.conversation.remember(msg.chatId, { planId: deps.plan.id, ...topic }, msg.at);
    return withPeriodNote(
      'all' in args
        ? divisionsOverview(deps)
        : 'ref' in args
          ? refReply(args.ask, msg, deps)
          : tasksReply(args.division, deps),
      deps,
      msg.at,
    );
  },
});
