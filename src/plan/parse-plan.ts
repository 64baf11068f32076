import { isCollective } from './divisions';
import { ITEM_MARKER, joinLines, SECTION_HEADING, TABLE_ROW, TOP_HEADING } from './join-lines';
import type { Goal, Indicator, Measure, Passage, Plan, Task } from './model';
import { isIndicatorHeader, parseIndicatorRows } from './parse-indicators';
import { declaresFirstLeads, type FoundNote, findNotes } from './parse-note';
import { findUnits, parseRoles } from './parse-roles';
import { findPeriod, periodId } from './plan-period';

// Plan text → typed plan. Structure: 一、 parts › (一) sections › 1. items. The part named 重点任务/主要任务
// holds tasks (ids section.item, item counted within its section whatever the written number); the part
// named 保障措施 holds measures. Every responsibility note closes one task wherever it sits; tasks found
// outside the tasks part (a note under a measure, a goal …) take the next free integer ids after the
// last task section. Whatever is not a goal, indicator, task or measure is kept as a passage.

/** A section-only task uses its first sentence as title unless longer than this; then the heading. */
const MAX_TITLE = 40;

const TASK_PART = /重点任务|主要任务|工作任务|重点工作|主要工作|任务分工|具体任务|主要举措|重点举措/;
const MEASURE_PART = /保障|组织实施|实施保障/;

interface Para {
  text: string;
  /** Position in the document, to keep tasks in reading order. */
  pos: number;
}

interface Section {
  numeral: string;
  number: number;
  title: string;
  /** Section text after its `(一)` marker (heading sentence included). */
  full: string;
  body: Para[];
  pos: number;
}

interface Part {
  numeral: string;
  title: string;
  intro: Para[];
  sections: Section[];
}

const NUMERALS = '一二三四五六七八九';

export function chineseNumber(numeral: string): number {
  if (numeral === '十') return 10;
  const tens = numeral.indexOf('十');
  if (tens < 0) return NUMERALS.indexOf(numeral) + 1;
  const high = tens === 0 ? 1 : NUMERALS.indexOf(numeral[0] as string) + 1;
  const low = tens === numeral.length - 1 ? 0 : NUMERALS.indexOf(numeral[tens + 1] as string) + 1;
  return high * 10 + low;
}

/** Up to the first `。` (without it); the whole text when there is none. */
export function firstSentence(text: string): string {
  const i = text.indexOf('。');
  return (i >= 0 ? text.slice(0, i) : text).trim();
}

function headingOf(rest: string): string {
  const s = firstSentence(rest);
  return s.replace(/[：:；;]$/, '');
}

function buildTree(paragraphs: string[]): { preamble: Para[]; parts: Part[]; trailer: Para[] } {
  const preamble: Para[] = [];
  const parts: Part[] = [];
  const trailer: Para[] = [];
  paragraphs.forEach((text, pos) => {
    // `注:本文有删减`, `附件…`: the document's own remarks, not part of the section above.
    if (/^(注\s*[:：]|附件|附表)/.test(text)) {
      trailer.push({ text, pos });
      return;
    }
    const top = TOP_HEADING.exec(text);
    if (top && !TABLE_ROW.test(text)) {
      const rest = text.slice(top[0].length);
      const title = headingOf(rest);
      const part: Part = { numeral: top[1] as string, title, intro: [], sections: [] };
      const inline = rest.slice(rest.indexOf('。') + 1).trim();
      if (rest.includes('。') && inline) part.intro.push({ text: inline, pos });
      parts.push(part);
      return;
    }
    const part = parts[parts.length - 1];
    const sec = SECTION_HEADING.exec(text);
    if (part && sec) {
      const rest = text.slice(sec[0].length);
      const numeral = sec[1] as string;
      const section: Section = {
        numeral,
        number: chineseNumber(numeral),
        title: headingOf(rest),
        full: rest,
        body: [],
        pos,
      };
      const inline = rest.includes('。') ? rest.slice(rest.indexOf('。') + 1).trim() : '';
      if (inline) section.body.push({ text: inline, pos });
      part.sections.push(section);
      return;
    }
    const section = part?.sections[part.sections.length - 1];
    if (section) {
      section.body.push({ text, pos });
      section.full += `\n${text}`;
    } else if (part) part.intro.push({ text, pos });
    else preamble.push({ text, pos });
  });
  return { preamble, parts, trailer };
}

function planTitle(preamble: Para[]): string {
  const first = preamble[0]?.text ?? '';
  if (first && first.length <= 60 && !/[。；;]$/.test(first)) return first;
  const m =
    /(?:特制定|特制订|现制定|制定|制订)(?:本)?([^。，,；;]{4,80}?(?:方案|计划|意见|规划|办法|细则|要点))/.exec(
      preamble.map((p) => p.text).join(''),
    );
  return m ? (m[1] as string) : '';
}

interface Collected {
  tasks: (Task & { pos: number })[];
  passages: { para: Para; clause: string; heading: string }[];
}

function noteUnits(notes: FoundNote[]): { lead: string[]; support: string[]; note: string } {
  const lead: string[] = [];
  const support: string[] = [];
  for (const n of notes) {
    for (const u of n.lead) if (!lead.includes(u)) lead.push(u);
    for (const u of n.support) if (!support.includes(u) && !lead.includes(u)) support.push(u);
  }
  return { lead, support, note: notes.map((n) => n.note).join('') };
}

export function parsePlan(text: string): Plan {
  const source = typeof text === 'string' ? text : '';
  const paragraphs = joinLines(source);
  const firstLeads = declaresFirstLeads(source);
  const notesOf = (p: Para) => findNotes(p.text, firstLeads);
  const { preamble, parts, trailer } = buildTree(paragraphs);

  const goals: Goal[] = [];
  const indicators: Indicator[] = [];
  const measures: Measure[] = [];
  const collected: Collected = { tasks: [], passages: [] };
  const passage = (para: Para, clause: string, heading: string) =>
    collected.passages.push({ para, clause, heading });

  const makeTask = (
    id: string,
    clause: string,
    section: string,
    paras: Para[],
    title: string,
  ): Task & { pos: number } => {
    const notes = paras.flatMap(notesOf);
    const { lead, support, note } = noteUnits(notes);
    const body = paras.map((p) => p.text).join('\n');
    return { id, title, text: body, clause, section, lead, support, note, pos: paras[0]?.pos ?? 0 };
  };

  /** Split paragraphs into groups each closed by a note; the remainder has no note. */
  const groupByNotes = (paras: Para[]) => {
    const groups: Para[][] = [];
    let current: Para[] = [];
    for (const p of paras) {
      current.push(p);
      if (notesOf(p).length > 0) {
        groups.push(current);
        current = [];
      }
    }
    return { groups, rest: current };
  };

  const stripMarker = (t: string) => t.replace(ITEM_MARKER, '');
  const titleFrom = (paras: Para[], fallback: string) => {
    const sentence = firstSentence(stripMarker(paras[0]?.text ?? ''));
    const clean = sentence.replace(/[(（][^()（）]*[)）]$/, '').trim();
    return clean.length > 0 && clean.length <= MAX_TITLE ? clean : fallback || clean;
  };

  // Pass 1: the tasks part, so that extra tasks elsewhere can take the next free ids.
  const taskPart = parts.find((p) => TASK_PART.test(p.title));
  let nextExtra = 0;
  if (taskPart) {
    const clauseOf = (s?: Section) => `${taskPart.numeral}${s ? `(${s.numeral})` : ''}`;
    for (const p of taskPart.intro) passage(p, taskPart.numeral, taskPart.title);
    const containers: (Section | undefined)[] = taskPart.sections.length > 0 ? taskPart.sections : [];
    if (taskPart.sections.length === 0 && taskPart.intro.some((p) => ITEM_MARKER.test(p.text))) {
      // Items straight under the part: the intro paragraphs were passages; re-read them as items.
      collected.passages = collected.passages.filter((x) => !taskPart.intro.includes(x.para));
      containers.push(undefined);
    }
    for (const section of containers) {
      const body = section ? section.body : taskPart.intro;
      const sectionTitle = section ? section.title : taskPart.title;
      const prefix = section ? `${section.number}.` : '';
      const firstItem = body.find((p) => ITEM_MARKER.test(p.text));
      if (firstItem) {
        const style = itemStyle(firstItem.text);
        const items: { written: string; paras: Para[] }[] = [];
        for (const p of body) {
          const m = ITEM_MARKER.exec(p.text);
          if (m && itemStyle(p.text) === style)
            items.push({ written: m[1] ?? m[2] ?? m[3] ?? '', paras: [p] });
          else if (items.length > 0) items[items.length - 1]?.paras.push(p);
          else passage(p, clauseOf(section), sectionTitle);
        }
        items.forEach((item, i) => {
          const id = `${prefix}${i + 1}`;
          const title = titleFrom(item.paras, '');
          collected.tasks.push(
            makeTask(id, `${clauseOf(section)}${item.written}`, sectionTitle, item.paras, title),
          );
        });
        nextExtra = Math.max(nextExtra, section ? section.number : items.length);
        continue;
      }
      if (!section) continue;
      nextExtra = Math.max(nextExtra, section.number);
      const { groups, rest } = groupByNotes(body);
      if (groups.length <= 1) {
        if (body.length === 0) continue;
        // A section that is one task is titled by its heading, as an item is by its first sentence.
        collected.tasks.push(
          makeTask(
            String(section.number),
            clauseOf(section),
            section.title,
            body,
            section.title || titleFrom(body, ''),
          ),
        );
        continue;
      }
      groups.forEach((g, i) => {
        collected.tasks.push(
          makeTask(
            `${section.number}.${i + 1}`,
            clauseOf(section),
            section.title,
            g,
            titleFrom(g, section.title),
          ),
        );
      });
      for (const p of rest) passage(p, clauseOf(section), section.title);
    }
  }

  const extraId = () => String(++nextExtra);

  // Pass 2: every other part, in document order.
  const measurePart = parts.find((p) => p !== taskPart && MEASURE_PART.test(p.title));
  for (const part of parts) {
    if (part === taskPart) continue;
    if (part === measurePart) {
      const asItems = part.sections.length === 0;
      // Unnumbered paragraphs of the part: a note under one closes a task there too.
      const intro = asItems ? part.intro.filter((p) => !ITEM_MARKER.test(p.text)) : part.intro;
      const { groups: introTasks, rest: introRest } = groupByNotes(intro);
      for (const g of introTasks)
        collected.tasks.push(makeTask(extraId(), part.numeral, part.title, g, titleFrom(g, part.title)));
      for (const p of introRest) passage(p, part.numeral, part.title);
      const measureSources = asItems
        ? part.intro
            .filter((p) => ITEM_MARKER.test(p.text))
            .map((p) => ({
              title: headingOf(stripMarker(p.text)),
              full: stripMarker(p.text),
              body: [p],
              tag: '',
            }))
        : part.sections.map((s) => ({ title: s.title, full: s.full, body: s.body, tag: `(${s.numeral})` }));
      measureSources.forEach((m, i) => {
        const clause = `${part.numeral}${m.tag || String(i + 1)}`;
        measures.push({
          index: i + 1,
          title: m.title,
          text: m.full,
          clause,
          roles: parseRoles(m.full),
          units: [],
        });
        const { groups } = groupByNotes(m.body);
        if (groups.length === 1 && groups[0]) {
          collected.tasks.push(makeTask(extraId(), clause, m.title, groups[0], m.title));
        } else {
          for (const g of groups)
            collected.tasks.push(makeTask(extraId(), clause, m.title, g, titleFrom(g, m.title)));
        }
      });
      continue;
    }
    const containers = [
      { paras: part.intro, clause: part.numeral, heading: part.title },
      ...part.sections.map((s) => ({
        paras: s.body,
        clause: `${part.numeral}(${s.numeral})`,
        heading: s.title,
      })),
    ];
    for (const c of containers) {
      // The indicator table: a header row and the rows after it.
      for (let i = 0; i < c.paras.length; i++) {
        const p = c.paras[i] as Para;
        if (!TABLE_ROW.test(p.text)) continue;
        let j = i;
        while (j < c.paras.length && TABLE_ROW.test((c.paras[j] as Para).text)) j++;
        const rows = c.paras.slice(i, j).map((r) => r.text);
        if (isIndicatorHeader(rows[0] as string)) {
          indicators.push(...parseIndicatorRows(rows, c.clause, indicators.length + 1));
        }
        i = j - 1;
      }
      const prose = c.paras.filter((p) => !TABLE_ROW.test(p.text));
      for (const p of prose) {
        if (!p.text.startsWith('——')) continue;
        const body = p.text.replace(/^——\s*/, '');
        goals.push({ index: goals.length + 1, title: firstSentence(body), text: body, clause: c.clause });
      }
      const { groups, rest } = groupByNotes(prose);
      for (const g of groups) {
        collected.tasks.push(makeTask(extraId(), c.clause, c.heading, g, titleFrom(g, c.heading)));
      }
      for (const p of rest) if (!p.text.startsWith('——')) passage(p, c.clause, c.heading);
    }
  }
  for (const p of preamble) passage(p, '', '');
  for (const p of trailer) passage(p, '', '');

  // Goal titles and categories match loosely: quotes and spaces aside.
  const key = (s: string) => s.replace(/[\s“”"‘’'「」]/g, '');
  for (const indicator of indicators) {
    const goal = goals.find((g) => key(g.title) === key(indicator.category));
    if (goal) indicator.goalIndex = goal.index;
  }

  const tasks = collected.tasks.sort((a, b) => a.pos - b.pos).map(({ pos: _pos, ...task }) => task);
  const known = [...new Set(tasks.flatMap((t) => [...t.lead, ...t.support]))].filter((u) => !isCollective(u));
  for (const m of measures) m.units = findUnits(m.text, known);

  const passages: Passage[] = collected.passages
    .sort((a, b) => a.para.pos - b.para.pos)
    .map((x, i) => ({ id: `p${i + 1}`, clause: x.clause, heading: x.heading, text: x.para.text }));

  const title = planTitle(preamble);
  const period = findPeriod(title) ?? findPeriod(paragraphs.slice(0, 40).join('\n'));
  const id = period ? periodId(period) : title.replace(/[\s\p{P}]/gu, '').slice(0, 24) || 'plan';
  return { id, title, ...(period ? { period } : {}), goals, indicators, tasks, measures, passages };
}

function itemStyle(text: string): 'number' | 'paren' | 'circled' | undefined {
  const m = ITEM_MARKER.exec(text);
  if (!m) return undefined;
  return m[1] ? 'number' : m[2] ? 'paren' : 'circled';
}
