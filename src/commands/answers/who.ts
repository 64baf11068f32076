import type { IncomingMessage } from '../../message/incoming-message';
import type { Block, Line, Reply } from '../../reply/reply';
import { heading, list, note, paragraph, textReply } from '../../reply/reply';
import type { EvidenceHit } from '../../search/evidence';
import type { CoreDeps } from '../context';
import { defineCommand } from '../define-command';
import { hitLabel, labelled, quoted, supportLine, taskLine, unitList, withPeriodNote } from './present';
import { type Reading, readEvidence } from './read-evidence';
import { targetOwnerLine } from './targets';
import { planRefReply } from './task-card';
import { taskRefOf } from './task-ref';

/** Question phrasing that asks "who owns this", removed before searching for the subject. */
const WHO_WORDS =
  /(?:归|属于|由|是)?(?:哪个|哪一个|哪些|什么|那个)(?:处室|处|部门|单位|科室)(?:来)?(?:牵头|负责|管|承担|主抓)?|由?谁(?:来)?(?:牵头|负责|管|主抓|抓)?|归谁管?|牵头(?:单位|处室|部门)?是?|责任(?:单位|处室|部门)是?|负责(?:单位|处室|部门)|分别|各自|[??!!。,,]/g;
/** Two subjects in one question: `养老保险和公租房分别由谁负责`. */
const AND = /和|与|及|以及|、|跟|还有/;
const SEPARATELY = /分别|各自|各由|各是/;

export function whoSubject(text: string): string {
  return text.replace(WHO_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

const ABSENT_NOTE = '可以换个说法再问,或发“搜索 <关键词>”查看原文。';

function hitLine(hit: EvidenceHit, deps: CoreDeps): Line {
  return [`${hitLabel(hit, deps.knowledge)}:`, ...hit.snippet];
}

/** Paraphrases used and words the plan lacks, said plainly under an answer. */
function readingNotes(hits: EvidenceHit[], missing: string[]): Block[] {
  const notes: Block[] = [];
  const paraphrased = new Map<string, Set<string>>();
  for (const t of hits.flatMap((h) => h.terms)) {
    if (t.paraphrase) paraphrased.set(t.asked, (paraphrased.get(t.asked) ?? new Set()).add(t.found));
  }
  for (const [asked, found] of paraphrased)
    notes.push(note(`“${asked}”按方案的说法${quoted([...found])}查找。`));
  if (missing.length > 0) notes.push(note(`方案原文中没有${quoted(missing)},以上按其余字词回答。`));
  return notes;
}

function nearBlocks(near: EvidenceHit[], deps: CoreDeps): Block[] {
  if (near.length === 0) return [];
  return [heading('可能相关(仅供参考,方案并未把此事指派给它们)'), list(near.map((h) => hitLine(h, deps)))];
}

function readingReply(subject: string, reading: Reading, missing: string[], deps: CoreDeps): Reply {
  const { knowledge } = deps;
  const title = `谁牵头:${subject}`;
  switch (reading.kind) {
    case 'task': {
      const { task, hit } = reading;
      const blocks: Block[] = [
        paragraph(labelled('牵头:', [{ strong: unitList(task.lead, knowledge) }])),
        paragraph(supportLine(task, knowledge)),
        paragraph(`任务 ${taskLine(task)}`),
        paragraph(labelled('原文:', hit.snippet)),
      ];
      const others = reading.tasks.filter((t) => t.task.id !== task.id);
      if (others.length > 0) {
        blocks.push(
          note(
            `同由${unitList(task.lead, knowledge)}牵头、也涉及此事的任务:${others.map((t) => taskLine(t.task)).join(';')}`,
          ),
        );
      }
      if (reading.also.length > 0) {
        blocks.push(
          note(
            `方案的目标指标或保障措施中也提到:${reading.also.map((h) => hitLabel(h, knowledge)).join(';')}`,
          ),
        );
      }
      return { title, colour: 'blue', blocks: [...blocks, ...readingNotes([hit], missing)] };
    }
    case 'ambiguous':
      return {
        title,
        colour: 'orange',
        blocks: [
          paragraph(
            `方案中有 ${reading.hits.length} 项任务都涉及这件事,分别由不同处室牵头,仅凭“${subject}”不能确定是哪一项:`,
          ),
          list(reading.hits.map((h) => hitLine(h, deps))),
          ...readingNotes(reading.hits, missing),
          note(`请说得更具体些,或发任务编号(如 ${reading.hits[0]?.ref ?? ''})查看该任务的牵头处室。`),
        ],
      };
    case 'target': {
      const blocks: Block[] = [
        paragraph(
          `方案没有为“${subject}”指定牵头处室:它写在主要目标和指标中,方案不为目标和指标指定责任处室。`,
        ),
        list(reading.hits.map((h) => hitLine(h, deps))),
      ];
      const first = reading.hits.find((h) => h.kind === 'indicator') ?? reading.hits[0];
      if (first)
        blocks.push(
          paragraph(targetOwnerLine(first.kind === 'goal' ? 'goal' : 'indicator', Number(first.ref), deps)),
        );
      blocks.push(...readingNotes(reading.hits, missing));
      blocks.push(
        note('“相关处室”是据方案文本推断的,不代表归属;管理员或秘书处可用“目标 指派”指定负责处室。'),
      );
      return { title, colour: 'grey', blocks };
    }
    case 'measure': {
      const { measure, hit, role } = reading;
      const where = `保障措施 ${measure.clause} ${measure.title}`;
      const head = role
        ? paragraph(['方案写明:', { strong: role.holder }, `负责${role.role}(${where})。`])
        : paragraph(`方案在${where}中提到这件事,没有指定牵头处室。`);
      return {
        title,
        colour: role ? 'blue' : 'grey',
        blocks: [head, paragraph(labelled('原文:', hit.snippet)), ...readingNotes([hit], missing)],
      };
    }
    case 'passage':
      return {
        title,
        colour: 'grey',
        blocks: [
          paragraph(`方案在${hitLabel(reading.hit, knowledge)}中提到这件事,没有指定牵头处室。`),
          paragraph(labelled('原文:', reading.hit.snippet)),
          ...readingNotes([reading.hit], missing),
        ],
      };
    case 'absent': {
      // Found nowhere, or only in passing (城市建设 once, inside 创新型城市建设): no task is about it.
      const head =
        reading.missing.length > 0
          ? `方案中没有提到${quoted(reading.missing)},也没有为它指定牵头处室。`
          : // Its words stand in the plan, but no task is about it: the plan does not say who leads it (some
            // task touching it may well have a lead — those are listed below, for reference only).
            `方案没有一项任务专门讲“${subject}”,据方案原文无法确定由哪个处室牵头。`;
      return {
        title,
        colour: 'grey',
        blocks: [paragraph(head), ...nearBlocks(reading.near, deps), note(ABSENT_NOTE)],
      };
    }
  }
}

/** Splits `养老保险和公租房` when each side is its own subject (a phrase the plan holds whole is kept). */
function subjectsOf(subject: string, asked: string, deps: CoreDeps): string[] {
  if (!AND.test(subject)) return [subject];
  const parts = subject
    .split(AND)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2) return [subject];
  if (SEPARATELY.test(asked)) return parts;
  const whole = deps.search.evidence(subject).hits[0];
  // The plan holds the phrase with its 和 (城市能级和品质): one subject.
  const at = subject.search(AND);
  if (whole?.terms.some((t) => t.from <= at && t.to > at)) return [subject];
  const separate = parts.every((p) => deps.search.evidence(p).hits.length > 0);
  return separate ? parts : [subject];
}

export function whoReply(query: string, deps: CoreDeps, msg: IncomingMessage): Reply {
  const subject = whoSubject(query) || query;
  const ref = taskRefOf(subject, deps.knowledge);
  if (ref) return planRefReply(ref, msg, deps);
  const subjects = subjectsOf(subject, query, deps);
  if (subjects.length > 1) {
    const replies = subjects.map((s) => whoReply(s, deps, msg));
    return {
      title: `谁牵头:${subjects.join('、')}`,
      colour: replies.every((r) => r.colour === 'blue') ? 'blue' : 'orange',
      blocks: replies.flatMap((r, i) => [heading(`${i + 1}. ${subjects[i]}`), ...r.blocks]),
    };
  }
  const evidence = deps.search.evidence(subject);
  return readingReply(
    evidence.subject || subject,
    readEvidence(evidence, deps.knowledge),
    evidence.unknown,
    deps,
  );
}

export const whoCommand = defineCommand<{ query: string }>({
  name: '谁牵头',
  aliases: ['who', '谁负责', '哪个处室'],
  usage: '谁牵头 <关键词> — 某项工作由哪个处室牵头、哪些配合',
  examples: ['谁牵头 古城项目群', '公租房审计谁来管?'],
  parse: (rest) =>
    rest ? { query: rest } : textReply('请在“谁牵头”后面写上要查的事项,例如:谁牵头 古城项目群'),
  run: ({ query }, msg, deps) => withPeriodNote(whoReply(query, deps, msg), deps, msg.at),
});
