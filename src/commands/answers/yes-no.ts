import { isSetOfUnits } from '../../plan/is-set-of-units';
import type { Division } from '../../plan/knowledge';
import { leadWord } from '../../plan/lead-word';
import type { Task } from '../../plan/model';
import type { Reply } from '../../reply/reply';
import { paragraph } from '../../reply/reply';
import type { SubjectEvidence } from '../../understand/reading';
import { askableTaskId } from '../askable-task-id';
import type { CoreDeps } from '../context';
import { readingReply } from './who';

// `城市更新是投资处牵头吗`, `学前教育是教科文处负责还是社保处负责`: a verdict first (是 / 不是), then the
// answer as a who-question gets it. A verdict is given only where the plan names the owner; where it does
// not, the answer says so and gives none.

const names = (units: readonly string[], deps: CoreDeps) =>
  units.map((u) => deps.knowledge.resolveDivision(u)?.name ?? u);

/** The task the evidence singles out, or the holder of the role the words name. */
function owners(about: SubjectEvidence, wants: 'lead' | 'support', deps: CoreDeps) {
  const { reading } = about;
  if (reading.kind === 'task') {
    const task: Task = reading.task;
    // Units the plan lists as 责任单位 without saying which leads: asked who leads, it does not say.
    const unnamed = wants === 'lead' && leadWord(task) === '责任单位';
    return { units: names(wants === 'lead' ? task.lead : task.support, deps), role: undefined, unnamed };
  }
  if (reading.kind === 'measure' && reading.role)
    return { units: names([reading.role.holder], deps), role: reading.role.role, unnamed: false };
  return undefined;
}

function detailed(about: SubjectEvidence, wants: 'lead' | 'support', deps: CoreDeps): Reply {
  return readingReply(about.said, about.reading, about.evidence.unknown, deps, about.corrections, wants);
}

/** The reply's title: the subject as typed, or the task it names by number (never words the sender did not type). */
function titled(asked: string, about: SubjectEvidence, deps: CoreDeps): string {
  if (about.byRef && about.reading.kind === 'task')
    return `任务 ${askableTaskId(about.reading.task, deps)}:${asked}`;
  return `${asked}:${about.said}`;
}

function withVerdict(reply: Reply, verdict: string, title: string): Reply {
  return { ...reply, title, blocks: [paragraph(verdict), ...reply.blocks] };
}

/** A lead asked of units the plan lists as 责任单位 without a lead: which of those asked it lists, no verdict on 牵头. */
function unnamedVerdict(subject: string, units: readonly string[], asked: readonly string[]): string {
  const listed = asked.filter((d) => units.includes(d));
  const others = asked.filter((d) => !units.includes(d));
  return `方案把“${subject}”的责任单位列为${units.join('、')}${listed.length > 0 ? `(含${listed.join('、')})` : ''}${others.length > 0 ? `,没有列${others.join('、')}` : ''},没有写明由哪个单位牵头。`;
}

/** The role the plan gives a unit on a task, in the plan's words, if any. */
function roleOf(task: Task, division: string, deps: CoreDeps): string | undefined {
  if (names(task.lead, deps).includes(division)) return leadWord(task) === '牵头' ? '牵头单位' : '责任单位';
  if (names(task.support, deps).includes(division)) return '配合单位';
  return undefined;
}

/** `审计局在里面吗`: whether the plan names the unit for the task at all, and in which role. */
function partReply(division: Division, about: SubjectEvidence, deps: CoreDeps, unlisted?: true): Reply {
  const title = titled(`是否有${division.name}`, about, deps);
  const reply = detailed(about, 'lead', deps);
  if (about.reading.kind !== 'task') return { ...reply, title };
  const { task } = about.reading;
  const role = roleOf(task, division.name, deps);
  const lead = leadWord(task) === '牵头' ? `由${names(task.lead, deps).join('、')}牵头` : '';
  if (role === '配合单位')
    return withVerdict(reply, `是。方案把${division.name}列为配合单位${lead ? `(${lead})` : ''}。`, title);
  if (role === '责任单位')
    return withVerdict(
      reply,
      `是。方案把${division.name}列为责任单位之一(${names(task.lead, deps).join('、')}),没有写明由哪个单位牵头。`,
      title,
    );
  if (role) return withVerdict(reply, `是。${division.name}是牵头单位(方案写明${lead})。`, title);
  // A unit the plan never names: 不是 only where every unit of the task is one named by name.
  if (unlisted && !namesEveryUnit(task, deps)) return { ...reply, title };
  if (!lead && task.lead.length > 0)
    return withVerdict(reply, amongVerdict(about.said, task.lead, division.name), title);
  return withVerdict(reply, `不是。方案没有把${division.name}列为这项任务的牵头或配合单位。`, title);
}

/**
 * `城乡供水是住建局负责吗` where the plan lists several 责任单位 and names no lead: 负责 asks whether the unit is
 * among those responsible, so the verdict is whether the plan lists it (its lead stays unsaid).
 */
function amongVerdict(subject: string, units: readonly string[], division: string): string {
  if (units.includes(division))
    return `是。方案把${division}列为“${subject}”的责任单位之一(${units.join('、')}),没有写明由哪个单位牵头。`;
  return `不是。方案把“${subject}”的责任单位列为${units.join('、')},没有列${division}。`;
}

/** Every unit of the task is named by name (a set by kind such as 各镇人民政府 is), none a collective. */
function namesEveryUnit(task: Task, deps: CoreDeps): boolean {
  const units = [...task.lead, ...task.support];
  return (
    units.length > 0 &&
    units.every(
      (u) =>
        deps.knowledge.resolveDivision(u) !== undefined &&
        (isSetOfUnits(u) || !/各|相关|有关|其他|其它|其余|部门|单位|等/.test(u)),
    )
  );
}

export function yesNoReply(
  ask: {
    division: Division;
    wants: 'lead' | 'support' | 'part';
    about: SubjectEvidence;
    saysLead?: boolean;
    unlisted?: true;
  },
  deps: CoreDeps,
): Reply {
  const { division, about } = ask;
  if (ask.wants === 'part') return partReply(division, about, deps, ask.unlisted);
  const { wants } = ask;
  const verb = wants === 'lead' ? '牵头' : '配合';
  const reply = detailed(about, wants, deps);
  const found = owners(about, wants, deps);
  const among = found?.unnamed === true && !ask.saysLead;
  const title = titled(`是否${division.name}${among ? '负责' : verb}`, about, deps);
  if (!found) return { ...reply, title };
  // A unit the plan never names: 不是 only where every unit of the task is one the plan names by name (a
  // `县政府各部门` might include it).
  if (ask.unlisted && !(about.reading.kind === 'task' && namesEveryUnit(about.reading.task, deps)))
    return { ...reply, title };
  const what = found.role ? `负责${found.role}` : verb;
  if (found.units.length === 0)
    return withVerdict(reply, `方案没有写明“${about.said}”由哪个处室${verb}。`, title);
  if (among) return withVerdict(reply, amongVerdict(about.said, found.units, division.name), title);
  if (found.unnamed)
    return withVerdict(reply, unnamedVerdict(about.said, found.units, [division.name]), title);
  if (found.units.includes(division.name))
    return withVerdict(reply, `是。方案写明由${found.units.join('、')}${what}。`, title);
  // A collective (`相关处室`) names no division: neither yes nor no.
  if (wants === 'support' && found.units.every((u) => !deps.knowledge.resolveDivision(u)))
    return withVerdict(
      reply,
      `方案写明由“${found.units.join('、')}”${verb},没有点名${division.name}。`,
      title,
    );
  // Asked whether it leads, a unit the plan lists in another role: that role is said too.
  const role = about.reading.kind === 'task' ? roleOf(about.reading.task, division.name, deps) : undefined;
  const besides = role ? `(${division.name}是${role})` : '';
  return withVerdict(
    reply,
    `不是。方案写明由${found.units.join('、')}${what},不是${division.name}${besides}。`,
    title,
  );
}

export function choiceReply(ask: { divisions: Division[]; about: SubjectEvidence }, deps: CoreDeps): Reply {
  const { divisions, about } = ask;
  const asked = divisions.map((d) => d.name);
  const title = titled(asked.join('还是'), about, deps);
  const reply = detailed(about, 'lead', deps);
  const found = owners(about, 'lead', deps);
  if (!found || found.units.length === 0) return { ...reply, title };
  if (found.unnamed) return withVerdict(reply, unnamedVerdict(about.said, found.units, asked), title);
  const chosen = asked.filter((d) => found.units.includes(d));
  const what = found.role ? `负责${found.role}` : '牵头';
  const others = asked.filter((d) => !chosen.includes(d));
  if (chosen.length > 0)
    return withVerdict(
      reply,
      `是${chosen.join('、')}${what}${others.length > 0 ? `,不是${others.join('、')}` : ''}。`,
      title,
    );
  return withVerdict(reply, `都不是。方案写明由${found.units.join('、')}${what}。`, title);
}
