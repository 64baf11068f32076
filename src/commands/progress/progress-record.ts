import { leadWord } from '../../plan/lead-word';
import { readingNote } from '../../reply/reading-note';
import { type Block, note, textReply } from '../../reply/reply';
import { notOnRoster, refusal } from '../../reply/wording';
import type { ProgressTarget } from '../../store/types';
import { wallClock } from '../../time/calendar-day';
import { taskNamedAtStart } from '../../understand/about-subject';
import { readRef } from '../../understand/read-ref';
import { actorOf, metaOf, ownerOf, type ReportRole, roleTowards, rosterDivisions, unitsOf } from '../access';
import type { CoreDeps } from '../context';
import { defineCommand } from '../define-command';
import { readContextOf } from '../read-context-of';
import { trackingUnitOf } from '../tracking-unit-of';
import { progressCard } from './progress-card';
import { resolveTarget, taskTarget } from './progress-target';
import { repeatedUpdate } from './repeated-update';

const USAGE = '进展 <任务编号或关键词> <内容> [处室:<处室>]';

interface Args {
  target: ProgressTarget;
  label: string;
  text: string;
  /** How the task's number was read, when it is not the bot's short id (任务“4”按方案原文的编号理解…). */
  readAs?: string;
  /** `处室:X` — under whom an administrator files it, where the plan names no lead among several 责任单位. */
  division?: string;
}

/** Splits `3.2 内容`, `目标 3 内容`, `社会保障 内容` into the target word and the content. */
export function splitTargetWord(rest: string): { word: string; content: string } {
  const m = /^(目标|指标)\s*(\d+)\s*(.*)$/s.exec(rest) ?? /^(\S+)\s*(.*)$/s.exec(rest);
  if (!m) return { word: '', content: '' };
  return m.length === 4
    ? { word: `${m[1]}${m[2]}`, content: m[3]!.trim() }
    : { word: m[1]!, content: m[2]!.trim() };
}

function collectiveNote(target: ProgressTarget, role: ReportRole | undefined, deps: CoreDeps): Block[] {
  if (target.kind !== 'task' || role !== '配合') return [];
  const task = deps.knowledge.taskById(target.id);
  const collective = task ? unitsOf(task.support, deps).collective : false;
  return collective
    ? [
        note(
          `该任务由${ownerOf(target, deps) ?? '牵头处室'}牵头、“${task!.support.join('、')}”配合:各处室都可以作为配合处室记录进展。`,
        ),
      ]
    : [];
}

/**
 * Whether a task is the plan's outside bodies' alone: it names someone (区水利局, 有关部门) and none of its
 * units, lead or support, is a division of the bureau.
 */
function outsideOnly(taskId: string, deps: CoreDeps): boolean {
  const task = deps.knowledge.taskById(taskId);
  if (!task || task.lead.length === 0) return false;
  return unitsOf([...task.lead, ...task.support], deps).divisions.length === 0;
}

export const progressRecordCommand = defineCommand<Args>({
  name: '进展',
  aliases: ['progress'],
  usage: `${USAGE} — 记录任务进展(也可写 目标3、指标5)`,
  examples: [
    '进展 3.3 完成保障性租赁住房建设审计进点',
    '进展 社会保障 召开审计组会议',
    '进展 指标5 完成2个项目',
  ],
  parse(rest, _msg, deps) {
    const split = splitTargetWord(rest);
    // Nothing after 进展: the card with a task picker and a text box (src/commands/progress-card.ts).
    if (!split.word) return progressCard(deps);
    // `政府债务审计完成外业`: the task named in words with no space before what was done on it.
    const named =
      !split.content && !readRef(split.word) ? taskNamedAtStart(rest, readContextOf(deps)) : undefined;
    const { word, content } = named
      ? { word: named.words, content: rest.slice(named.words.length).trim() }
      : split;
    const resolved = named
      ? taskTarget(named.taskId, deps)
      : resolveTarget(word, deps, false, { content, example: (typed) => `进展 ${typed} ${content}` });
    if (!resolved.ok) return resolved.reply;
    if (!content) {
      return textReply(
        `请在「${resolved.label}」后面写上进展内容,例如「进展 ${word} 完成审计进点」。`,
        'orange',
      );
    }
    const chosen = /(?:^|\s)处室\s*[:：]\s*(\S+)/.exec(content);
    const text = chosen ? content.replace(chosen[0], '').trim() : content;
    return {
      target: resolved.target,
      label: resolved.label,
      text: text || content,
      ...(resolved.readAs ? { readAs: resolved.readAs } : {}),
      ...(chosen && text ? { division: chosen[1] as string } : {}),
    };
  },
  run(args, msg, deps) {
    const actor = actorOf(msg, deps);
    if (!actor.member && !actor.isAdmin) return notOnRoster('记录进展');
    const role = actor.member ? roleTowards(args.target, actor.member.division, deps) : undefined;
    let division: string | undefined;
    let why: string | undefined;
    let jointly = false;
    const taskId = args.target.kind === 'task' ? args.target.id : undefined;
    if (role && actor.member) division = actor.member.division;
    // A task the plan gives to outside bodies alone (省教育厅, 区发展改革委), none of them a bureau division:
    // no division leads or supports it, so a division's member following it records under their own
    // division, as one recording for it; the reply names the plan's units.
    else if (actor.member && !actor.global && taskId !== undefined && outsideOnly(taskId, deps)) {
      division = actor.member.division;
      const task = deps.knowledge.taskById(taskId)!;
      const units = [...task.lead, ...task.support];
      why = `方案把「${args.label}」交给${units.join('、')},${units.length > 1 ? '都' : ''}不是本局处室:进展记在${division}名下,作为代为记录`;
    } else if (actor.global && args.division) {
      // `处室:X`: a division of the roster, or an outside body the task lists among its 责任单位.
      const d = deps.knowledge.resolveDivision(args.division);
      const listed =
        d?.external === true &&
        taskId !== undefined &&
        (deps.knowledge.taskById(taskId)?.lead ?? []).some(
          (u) => deps.knowledge.resolveDivision(u)?.name === d.name,
        );
      if (!d || (d.external && !listed))
        return textReply(
          `没有“${args.division}”这个处室。处室可以是:${rosterDivisions(deps).join('、')}。`,
          'orange',
        );
      division = d.name;
    }
    // An administrator or 秘书处 records on any task: under its lead division, else their own, else the
    // outside body that leads it (a plan of city departments), which the reply names. Where the plan lists
    // several 责任单位 and names no lead, none is picked silently (tracking-unit-of.ts): all of them.
    else if (actor.global && taskId !== undefined) {
      const pick = trackingUnitOf(taskId, deps);
      if (pick && 'ask' in pick) {
        // Several units and no lead: one update on the task stands for them all, filed under them together
        // (a member of 秘书处 files it under their own division, as on any task).
        division = actor.member?.division ?? pick.units.join('、');
        jointly = !actor.member?.division;
        if (jointly) why = pick.jointly;
      } else {
        division = pick && !pick.external ? pick.unit : (actor.member?.division ?? pick?.unit);
        if (pick?.why && division === pick.unit) why = `处室记为“${division}”:${pick.why}`;
      }
    } else if (actor.global) division = ownerOf(args.target, deps) ?? actor.member?.division;
    if (!division) {
      if (args.target.kind !== 'task' && !deps.store.targetOwner(args.target.kind, args.target.index)) {
        const ref = `${args.target.kind === 'goal' ? '目标' : '指标'}${args.target.index}`;
        return refusal(
          `「${args.label}」还没有责任处室。请管理员或秘书处先用「目标 指派 ${ref} <处室>」指定,再记录进展。`,
        );
      }
      return refusal(
        `${actor.member?.division ?? '您'}既不牵头也不配合「${args.label}」,不能记录它的进展;如需代为记录,请联系秘书处或管理员。`,
      );
    }
    const repeat = repeatedUpdate(deps.store, msg.userId, args.target, args.text, msg.at);
    if (repeat) {
      const w = wallClock(new Date(repeat.at), deps.timeZone);
      const time = `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
      return textReply(
        `这条进展您已在 ${time} 记录过(#${repeat.seq},「${args.label}」),没有重复记录。如是新的进展,请写明不同之处再发。`,
        'orange',
      );
    }
    const update = deps.store.recordProgress(metaOf(msg), { target: args.target, division, text: args.text });
    const as = role ?? '代为记录';
    const outside = jointly || deps.knowledge.resolveDivision(division)?.external === true;
    const task = args.target.kind === 'task' ? deps.knowledge.taskById(args.target.id) : undefined;
    const unitLabel = task && leadWord(task) !== '牵头' ? '责任单位' : '牵头单位';
    return {
      title: '已记录进展',
      colour: 'green',
      blocks: [
        {
          type: 'fields',
          fields: [
            { label: '任务', value: args.label },
            { label: outside ? unitLabel : '处室', value: `${division}(${as})` },
            { label: '内容', value: update.text },
            { label: '记录号', value: `#${update.seq}` },
          ],
        },
        ...collectiveNote(args.target, role, deps),
        ...readingNote([args.readAs, why]),
        note('记错了?发「撤销」可撤回您的最近一条进展(原记录留痕)。'),
      ],
    };
  },
});
