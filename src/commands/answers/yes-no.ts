import type { Division } from '../../plan/knowledge';
import { leadWord } from '../../plan/lead-word';
import type { Task } from '../../plan/model';
import type { Reply } from '../../reply/reply';
import { paragraph } from '../../reply/reply';
import type { SubjectEvidence } from '../../understand/reading';
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

function withVerdict(reply: Reply, verdict: string, title: string): Reply {
  return { ...reply, title, blocks: [paragraph(verdict), ...reply.blocks] };
}

/** A lead asked of units the plan lists as 责任单位 without a lead: which of those asked it lists, no verdict on 牵头. */
function unnamedVerdict(subject: string, units: readonly string[], asked: readonly string[]): string {
  const listed = asked.filter((d) => units.includes(d));
  const others = asked.filter((d) => !units.includes(d));
  return `方案把“${subject}”的责任单位列为${units.join('、')}${listed.length > 0 ? `(含${listed.join('、')})` : ''}${others.length > 0 ? `,没有列${others.join('、')}` : ''},没有写明由哪个单位牵头。`;
}

export function yesNoReply(
  ask: { division: Division; wants: 'lead' | 'support'; about: SubjectEvidence },
  deps: CoreDeps,
): Reply {
  const { division, wants, about } = ask;
  const verb = wants === 'lead' ? '牵头' : '配合';
  const title = `是否${division.name}${verb}:${about.said}`;
  const reply = detailed(about, wants, deps);
  const found = owners(about, wants, deps);
  if (!found) return { ...reply, title };
  const what = found.role ? `负责${found.role}` : verb;
  if (found.units.length === 0)
    return withVerdict(reply, `方案没有写明“${about.said}”由哪个处室${verb}。`, title);
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
  return withVerdict(reply, `不是。方案写明由${found.units.join('、')}${what},不是${division.name}。`, title);
}

export function choiceReply(ask: { divisions: Division[]; about: SubjectEvidence }, deps: CoreDeps): Reply {
  const { divisions, about } = ask;
  const asked = divisions.map((d) => d.name);
  const title = `${asked.join('还是')}:${about.said}`;
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
