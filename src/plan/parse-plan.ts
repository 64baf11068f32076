import { cleanLeftovers } from './clean-leftovers';
import { isCollective } from './divisions';
import { isTaskTableHeader } from './is-task-table-header';
import {
  ARTICLE_MARKER,
  ITEM_MARKER,
  joinLines,
  SECTION_HEADING,
  TABLE_ROW,
  TOP_HEADING,
} from './join-lines';
import { leaderOf } from './leader-of';
import type { Goal, Indicator, Measure, Passage, Plan, Section, Task } from './model';
import { ownPeriod } from './own-period';
import { isIndicatorHeader, parseIndicatorRows, splitCells } from './parse-indicators';
import { declaresFirstLeads, type FoundNote, findNotes, mergeNotes, SAME_AS_ABOVE } from './parse-note';
import { findUnits, parseRoles } from './parse-roles';
import { periodId } from './plan-period';
import { planTitle } from './plan-title';
import { readProseTargets } from './read-prose-targets';
import { readTaskTable } from './read-task-table';
import { type ScopeNote, scopeNote } from './scope-note';
import { readUnitMarks } from './unit-marks';

// Plan text → typed plan. The text is an outline: 一、 parts › (一) sections › 1. items › (1) › ①, each
// style a level in the order the text first nests it (numbering may run on or restart). The part named
// 重点任务/主要任务 holds tasks (ids section.item…, a section by its written number, an item by its place
// among its siblings); the part named 保障措施 holds measures. Which node is a task follows its notes:
// the node that carries a responsibility note is the task, so sub-items are tasks only when they carry
// their own notes, and unnumbered paragraphs each with a note are one task each. A task table yields one
// task a row. Every note closes a task wherever it sits; tasks found outside the tasks part take the
// next free integer ids. Whatever is not a goal, indicator, task or measure is kept as a passage.

/** A section-only task uses its first sentence as title unless longer than this; then the heading. */
const MAX_TITLE = 40;

const TASK_PART = /重点任务|主要任务|工作任务|重点工作|主要工作|任务分工|具体任务|主要举措|重点举措/;
/** The safeguards part; not a topic that ends in 保障 (`二、民生保障`). */
const MEASURE_PART =
  /保障措施|保障机制|组织保障|工作保障|实施保障|要素保障|政策保障|组织实施|工作要求|推进措施/;
const CHAPTER = /^第([一二三四五六七八九十]+)(?:章|部分|篇)\s*/;

interface Para {
  text: string;
  /** Position in the document, to keep tasks in reading order. */
  pos: number;
}

type Style = 'chapter' | 'part' | 'section' | 'number' | 'paren' | 'circled' | 'article';

interface OutlineNode {
  style: Style | 'root' | 'annex';
  numeral: string;
  /** The marker as the plan writes it (`（八）`, `3.`, `第二十条`, `三、`). */
  marker: string;
  title: string;
  /** Heading paragraph text after the marker (heading sentence included). */
  rest: string;
  head?: Para;
  /** Unnumbered paragraphs under the node before its first child (a heading's run-in text included). */
  body: Para[];
  children: OutlineNode[];
  pos: number;
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

const isHeadingStyle = (s: OutlineNode['style']) => s === 'chapter' || s === 'part' || s === 'section';

interface Marker {
  style: Style;
  numeral: string;
  marker: string;
  rest: string;
}

/**
 * `11.121人才梯队项目` where the items so far ran up to 10: a number, a dot and a title that begins with digits
 * still opens item 11 when the running numbering expects 11 (elsewhere `3.5亿元` is a figure, not an item).
 */
const DIGIT_TITLE_ITEM = /^(\d{1,2})\s*[.．](?=\d)/;

function markerOf(text: string, expected?: number): Marker | undefined {
  if (TABLE_ROW.test(text)) return undefined;
  const found = (style: Style, numeral: string, m: RegExpExecArray): Marker => ({
    style,
    numeral,
    marker: m[0].trim(),
    rest: text.slice(m[0].length),
  });
  const chapter = CHAPTER.exec(text);
  if (chapter) return found('chapter', chapter[1] as string, chapter);
  const top = TOP_HEADING.exec(text);
  if (top) return found('part', top[1] as string, top);
  const sec = SECTION_HEADING.exec(text);
  if (sec) return found('section', sec[1] as string, sec);
  const article = ARTICLE_MARKER.exec(text);
  if (article) return found('article', article[1] as string, article);
  const digitTitle = DIGIT_TITLE_ITEM.exec(text);
  if (digitTitle && expected !== undefined && Number(digitTitle[1]) === expected)
    return found('number', digitTitle[1] as string, digitTitle);
  const item = ITEM_MARKER.exec(text);
  if (item) {
    // `⑴` is `(1)` in one character: the paren numbering.
    const char = item[4];
    if (char && /[⑴-⒇]/.test(char))
      return found('paren', String((char.codePointAt(0) as number) - 0x2473), item);
    const style = item[1] ? 'number' : item[2] || item[3] ? 'paren' : 'circled';
    return found(style, (item[1] ?? item[2] ?? item[3] ?? item[4]) as string, item);
  }
  return undefined;
}

function buildOutline(paragraphs: string[]): { root: OutlineNode; trailer: Para[] } {
  const node = (style: OutlineNode['style'], pos: number): OutlineNode => ({
    style,
    numeral: '',
    marker: '',
    title: '',
    rest: '',
    body: [],
    children: [],
    pos,
  });
  const root = node('root', -1);
  const trailer: Para[] = [];
  let stack: OutlineNode[] = [root];
  let lastNumber: number | undefined;
  paragraphs.forEach((text, pos) => {
    // `注:本文有删减`, `附件…`: the document's own remarks; an attachment after the body is a part of its own.
    if (/^(注\s*[:：]|附件|附表)/.test(text)) {
      trailer.push({ text, pos });
      if (/^附/.test(text) && root.children.length > 0) {
        const annex = node('annex', pos);
        root.children.push(annex);
        stack = [root, annex];
      }
      return;
    }
    const m = markerOf(text, lastNumber === undefined ? undefined : lastNumber + 1);
    if (m?.style === 'number') lastNumber = Number(m.numeral);
    if (!m) {
      (stack[stack.length - 1] as OutlineNode).body.push({ text, pos });
      return;
    }
    const level = stack.findIndex((n) => n.style === m.style);
    if (level > 0) stack = stack.slice(0, level);
    const n: OutlineNode = {
      ...node(m.style, pos),
      numeral: m.numeral,
      marker: m.marker,
      rest: m.rest,
      head: { text, pos },
    };
    if (isHeadingStyle(m.style)) {
      n.title = headingOf(m.rest);
      const inline = m.rest.includes('。') ? m.rest.slice(m.rest.indexOf('。') + 1).trim() : '';
      if (inline) n.body.push({ text: inline, pos });
    } else n.title = headingOf(m.rest);
    (stack[stack.length - 1] as OutlineNode).children.push(n);
    stack.push(n);
  });
  return { root, trailer };
}

/** Paragraphs of a node in reading order: an item's own paragraph, its body, then its descendants'. */
function parasOf(n: OutlineNode): Para[] {
  const own = !isHeadingStyle(n.style) && n.head ? [n.head] : [];
  return [...own, ...n.body, ...n.children.flatMap(parasOf)];
}

/** A heading node's text as the plan writes it: heading sentence and everything under it. */
function fullText(n: OutlineNode): string {
  const later = parasOf(n).filter((p) => p.pos !== n.head?.pos);
  return [n.rest, ...later.map((p) => p.text)].join('\n');
}

type Found = Task & { pos: number; paras?: Para[]; fromTable?: true };

interface Collected {
  tasks: Found[];
  passages: { para: Para; clause: string; heading: string }[];
}

/** The table runs of a paragraph list, and the prose around them. */
function splitTables(paras: Para[]): { prose: Para[]; tables: Para[][] } {
  const prose: Para[] = [];
  const tables: Para[][] = [];
  let run: Para[] = [];
  for (const p of paras) {
    if (TABLE_ROW.test(p.text)) run.push(p);
    else {
      if (run.length > 0) tables.push(run);
      run = [];
      prose.push(p);
    }
  }
  if (run.length > 0) tables.push(run);
  return { prose, tables };
}

export function parsePlan(text: string): Plan {
  const source = cleanLeftovers(typeof text === 'string' ? text : '');
  const joined = readUnitMarks(joinLines(source));
  const firstLeads = declaresFirstLeads(joined.join('\n'));
  const paragraphs = joined.flatMap((p) => splitAfterNotes(p, firstLeads));
  const noteCache = new Map<Para, FoundNote[]>();
  const notesOf = (p: Para) => {
    if (TABLE_ROW.test(p.text)) return [];
    let found = noteCache.get(p);
    if (!found) {
      found = findNotes(p.text, firstLeads);
      noteCache.set(p, found);
    }
    return found;
  };
  /** A paragraph that is nothing but its notes (a note on a line of its own). */
  const noteOnly = (p: Para) => {
    const notes = notesOf(p);
    if (notes.length === 0) return false;
    let rest = p.text;
    for (const n of [...notes].reverse()) rest = rest.slice(0, n.start) + rest.slice(n.end);
    return rest.replace(/[\s。；;，,]/g, '').length === 0;
  };
  const { root, trailer } = buildOutline(paragraphs);
  // Notes that cover several tasks: a section heading's note over its items, `以下各项任务均由X牵头`,
  // `（以上任务由X负责）`. Each covered node keeps the note; a task whose own text carries none takes the
  // nearest covering one (a task's own note wins). The scope paragraph itself is no task's text.
  const covered = new Map<OutlineNode, FoundNote[]>();
  const parentOf = new Map<OutlineNode, OutlineNode>();
  const nodeAt = new Map<number, OutlineNode>();
  const scoped: { para: Para; heading: string }[] = [];
  const cover = (nodes: OutlineNode[], scope: ScopeNote) => {
    const reached = !scope.count
      ? nodes
      : scope.reach === 'after'
        ? nodes.slice(0, scope.count)
        : nodes.slice(-scope.count);
    for (const k of reached) if (!covered.has(k)) covered.set(k, [scope.note]);
  };
  // A note in a heading itself (`（一）推进一网通办（牵头单位：市数据局）`): the heading is the task's text,
  // or, over items of its own, their note.
  const walk = (n: OutlineNode) => {
    for (const k of n.children) parentOf.set(k, n);
    if (n.head) nodeAt.set(n.head.pos, n);
    for (const p of n.body) nodeAt.set(p.pos, n);
    if (isHeadingStyle(n.style) && n.head) {
      const headingPart = n.rest.includes('。') ? n.rest.slice(0, n.rest.indexOf('。')) : n.rest;
      const notes = findNotes(headingPart, firstLeads);
      if (notes.length > 0) {
        if (n.children.length > 0) for (const note of notes) cover(n.children, { reach: 'after', note });
        else n.body = [n.head, ...n.body.filter((p) => p.pos !== n.head?.pos)];
        n.title = headingOf(headingPart.slice(0, notes[0]?.start ?? headingPart.length));
      }
    }
    const own = !isHeadingStyle(n.style) && n.head ? [n.head, ...n.body] : [...n.body];
    for (const p of own) {
      // A whole paragraph, or a bracket closing one (`6.建设海绵城市。（以上任务由市建设局负责）`).
      const whole = p === n.head ? undefined : scopeNote(p.text, firstLeads);
      const closing = /[(（][^()（）]+[)）][。；]?$/.exec(p.text)?.[0];
      const scope = whole ?? (closing ? scopeNote(closing, firstLeads) : undefined);
      if (!scope || (!whole && scope.reach === 'after')) continue;
      const parent = parentOf.get(n);
      if (scope.reach === 'after') {
        const after = n.children.filter((k) => k.pos > p.pos);
        if (after.length > 0) cover(after, scope);
        else if (parent)
          cover(
            parent.children.filter((k) => k.pos > n.pos),
            scope,
          );
      } else {
        const before = n.children.filter((k) => k.pos < p.pos);
        // After the last item the paragraph sits in that item's text: it covers the item and those before.
        if (before.length > 0) cover(before, scope);
        else if (parent)
          cover(
            parent.children.filter((k) => k.pos <= n.pos),
            scope,
          );
        else continue;
      }
      if (!whole) continue;
      n.body = n.body.filter((q) => q !== p);
      scoped.push({ para: p, heading: n.title });
    }
    n.children.forEach(walk);
  };
  walk(root);
  /** The note of the nearest node covering `n`, when a note over several tasks does. */
  const coveringNote = (n: OutlineNode | undefined): FoundNote[] => {
    for (let at = n; at; at = parentOf.get(at)) {
      const found = covered.get(at);
      if (found) return found;
    }
    return [];
  };

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
    number = '',
  ): Found => {
    const own = paras.flatMap(notesOf);
    const notes = own.length > 0 ? own : coveringNote(nodeAt.get(paras[0]?.pos ?? -1));
    const { lead, support } = mergeNotes(notes, firstLeads);
    const note = notes.map((n) => n.note).join('');
    const body = paras.map((p) => p.text).join('\n');
    return {
      id,
      title,
      text: body,
      clause,
      section,
      lead,
      support,
      note,
      ...(number ? { number } : {}),
      pos: paras[0]?.pos ?? 0,
      paras,
    };
  };

  /** A note inside the first sentence of a task (`1.推进一网通办（牵头单位：市数据局）`) opens its text. */
  const opensTask = (group: Para[]) => {
    const first = group[0];
    const start = first ? notesOf(first)[0]?.start : undefined;
    if (!first || start === undefined) return false;
    const stop = first.text.indexOf('。');
    return stop < 0 || start < stop;
  };

  /** Split paragraphs into groups each closed by a note; the remainder has no note. */
  const groupByNotes = (paras: Para[]) => {
    const groups: Para[][] = [];
    let current: Para[] = [];
    for (const p of paras) {
      // `（牵头单位：A）` then `（配合单位：B）` on the next line: one note written over two lines.
      if (current.length === 0 && groups.length > 0 && noteOnly(p)) {
        groups[groups.length - 1]?.push(p);
        continue;
      }
      current.push(p);
      if (notesOf(p).length > 0) {
        groups.push(current);
        current = [];
      }
    }
    return { groups, rest: current };
  };

  // The item's own marker first (`11.` of `11.121人才梯队项目`, which ITEM_MARKER does not take).
  const stripMarker = (t: string, marker?: string) =>
    marker && /^\d/.test(marker) && t.startsWith(marker)
      ? t.slice(marker.length)
      : t.replace(ARTICLE_MARKER, '').replace(ITEM_MARKER, '');
  const titleFrom = (paras: Para[], fallback: string, marker?: string) => {
    // `1.推进一网通办：完善…`: a run-in title ends at its colon too.
    const first = firstSentence(stripMarker(paras[0]?.text ?? '', marker));
    const colon = first.search(/[：:]/);
    const sentence =
      colon >= 2 && !/[(（【][^)）】]*$/.test(first.slice(0, colon)) ? first.slice(0, colon) : first;
    const clean = sentence.replace(/[(（【][^()（）【】]*[)）】]$/, '').trim();
    return clean.length > 0 && clean.length <= MAX_TITLE ? clean : fallback || clean;
  };

  const coveredIn = (n: OutlineNode): boolean => covered.has(n) || n.children.some(coveredIn);
  const subtreeHasNotes = (n: OutlineNode): boolean =>
    coveredIn(n) || parasOf(n).some((p) => notesOf(p).length > 0);
  const hasTaskTable = (n: OutlineNode): boolean =>
    parasOf(n).some((p) => TABLE_ROW.test(p.text) && isTaskTableHeader(p.text));

  // Tables: the indicator table, and task tables. Rows cut off from their header (by a page break, a
  // category heading or an attachment title) take the last task header before them, in reading order.
  const inherited = new Map<number, string[]>();
  {
    let header: string[] | undefined;
    paragraphs.forEach((text, pos) => {
      if (!TABLE_ROW.test(text)) return;
      if (isIndicatorHeader(text)) header = undefined;
      else if (isTaskTableHeader(text)) header = splitCells(text);
      else if (header && splitCells(text).length <= header.length) inherited.set(pos, header);
    });
  }
  const readTables = (
    tables: Para[][],
    clause: string,
    section: string,
    nextId: () => string,
    indicatorsToo: boolean,
  ) => {
    for (const run of tables) {
      const rows = run.map((r) => r.text);
      if (isIndicatorHeader(rows[0] as string)) {
        if (indicatorsToo) indicators.push(...parseIndicatorRows(rows, clause, indicators.length + 1));
        continue;
      }
      const table = readTaskTable(rows, firstLeads, inherited.get((run[0] as Para).pos));
      if (!table) continue;
      for (const t of table.tasks) {
        const row = run[t.row] as Para;
        collected.tasks.push({
          id: nextId(),
          title: firstSentence(t.title).slice(0, 80),
          text: run
            .slice(t.row, (t.through ?? t.row) + 1)
            .map((p) => p.text)
            .join('\n'),
          clause,
          section,
          lead: t.lead,
          support: t.support,
          note: t.note,
          ...(t.number ? { number: t.number } : {}),
          ...(t.leader ? { leader: t.leader } : {}),
          ...(t.progress ? { progress: t.progress } : {}),
          ...(t.cells.length > 0 ? { cells: t.cells } : {}),
          pos: row.pos,
          fromTable: true,
        });
      }
    }
  };

  let nextExtra = 0;
  const extraId = () => String(++nextExtra);

  const clauseOf = (parentClause: string, n: OutlineNode, parent?: OutlineNode) => {
    // Articles are numbered through the whole document: `第二十条` is its own clause.
    if (n.style === 'article') return `第${n.numeral}条`;
    if (n.style === 'part' || n.style === 'chapter') return `${parentClause}${n.numeral}`;
    if (n.style === 'section') return `${parentClause}(${n.numeral})`;
    if (n.style === 'paren' && parent && !isHeadingStyle(parent.style) && parent.style !== 'root')
      return `${parentClause}(${n.numeral})`;
    return `${parentClause}${n.numeral}`;
  };
  /** A section by its written number (when its siblings' numbers are distinct), an item by its place. */
  const idParts = (kids: OutlineNode[]) => {
    const written = kids.map((k) => (isHeadingStyle(k.style) ? chineseNumber(k.numeral) : Number.NaN));
    const distinct = new Set(written).size === written.length && written.every((w) => w > 0);
    return kids.map((_k, i) => String(distinct ? (written[i] as number) : i + 1));
  };
  const join = (prefix: string, part: string) => (prefix ? `${prefix}.${part}` : part);

  /** Text outside the tasks: tables, goals (`——…`), a note's paragraphs as tasks, the rest passages. */
  const goal = (p: Para, clause: string) => {
    const body = p.text.replace(/^——\s*/, '');
    goals.push({ index: goals.length + 1, title: firstSentence(body), text: body, clause });
  };
  const readContainer = (paras: Para[], clause: string, heading: string, nextId: () => string) => {
    const { prose, tables } = splitTables(paras);
    readTables(tables, clause, heading, nextId, true);
    for (const p of prose) if (p.text.startsWith('——')) goal(p, clause);
    const { groups, rest } = groupByNotes(prose);
    for (const g of groups)
      collected.tasks.push(makeTask(nextId(), clause, heading, g, titleFrom(g, heading)));
    for (const p of rest) if (!p.text.startsWith('——')) passage(p, clause, heading);
  };

  /**
   * Tasks of one node, by where its notes sit. Outside the named tasks part (`requireNotes`), a child
   * whose text carries no note is a task only beside a majority of noted siblings; else it is read as
   * text (goals, passages).
   */
  const taskify = (
    n: OutlineNode,
    id: string,
    clause: string,
    section: string,
    depth: number,
    requireNotes = false,
  ) => {
    const sectionTitle = isHeadingStyle(n.style) ? n.title : section;
    // Outside the tasks part a `——` paragraph that closes no task is a goal.
    const restOf = (p: Para) =>
      requireNotes && p.text.startsWith('——') ? goal(p, clause) : passage(p, clause, sectionTitle);
    const own = !isHeadingStyle(n.style) && n.head ? [n.head, ...n.body] : n.body;
    const { prose, tables } = splitTables(own);
    let tableCount = Math.max(n.children.length, ...idParts(n.children).map(Number));
    readTables(tables, clause, sectionTitle, () => join(id, String(++tableCount)), true);
    const titleOfWhole = (paras: Para[]) =>
      isHeadingStyle(n.style) ? n.title || titleFrom(paras, '') : titleFrom(paras, '', n.marker);
    const whole = () => {
      const paras = parasOf(n).filter((p) => !TABLE_ROW.test(p.text));
      if (paras.length > 0)
        collected.tasks.push(makeTask(id, clause, sectionTitle, paras, titleOfWhole(paras), n.marker));
    };
    if (n.children.length === 0) {
      if (tables.length > 0 && prose.every((p) => notesOf(p).length === 0)) {
        for (const p of prose) restOf(p);
        return;
      }
      const { groups, rest } = groupByNotes(prose);
      const [only] = groups;
      // Text after the note that closes the item (an evaluation or funding paragraph after the last
      // numbered item) carries no note: it is not the task's, and must not take its units. A note in the
      // heading itself opens the task's text instead.
      if (groups.length === 1 && only && rest.length > 0 && !opensTask(only)) {
        collected.tasks.push(makeTask(id, clause, sectionTitle, only, titleOfWhole(only), n.marker));
        for (const p of rest) restOf(p);
        return;
      }
      if (groups.length <= 1) {
        if (prose.length > 0)
          collected.tasks.push(makeTask(id, clause, sectionTitle, prose, titleOfWhole(prose), n.marker));
        return;
      }
      groups.forEach((g, i) => {
        collected.tasks.push(
          makeTask(
            join(id, String(i + 1)),
            clause,
            sectionTitle,
            g,
            titleFrom(g, sectionTitle, i === 0 ? n.marker : undefined),
            n.marker,
          ),
        );
      });
      for (const p of rest) restOf(p);
      return;
    }
    const noted = n.children.filter(subtreeHasNotes);
    const ownNotes = prose.some((p) => notesOf(p).length > 0);
    const last = n.children[n.children.length - 1] as OutlineNode;
    // Only the last child carries a note, on a line of its own after it: the note is the parent's.
    const trailingNote =
      n.children.length >= 2 &&
      noted.length === 1 &&
      noted[0] === last &&
      parasOf(last)
        .filter((p) => notesOf(p).length > 0)
        .every((p) => noteOnly(p) && p !== last.head);
    if ((noted.length === 0 && (ownNotes || depth > 1 || !isHeadingStyle(n.style))) || trailingNote) {
      whole();
      return;
    }
    const ids = idParts(n.children);
    const notedShare = noted.length / n.children.length;
    n.children.forEach((k, i) => {
      const kClause = clauseOf(clause, k, n);
      if (requireNotes && notedShare <= 0.5 && !noted.includes(k) && !hasTaskTable(k))
        readContainer(parasOf(k), kClause, k.title, () => join(id, ids[i] as string));
      else taskify(k, join(id, ids[i] as string), kClause, sectionTitle, depth + 1, requireNotes);
    });
    const { groups, rest } = groupByNotes(prose);
    // A note under the heading, before its children: the node's own task.
    groups.forEach((g) => {
      const gid = groups.length === 1 ? id : extraId();
      collected.tasks.push(
        makeTask(gid, clause, sectionTitle, g, titleFrom(g, sectionTitle, n.marker), n.marker),
      );
    });
    for (const p of rest) restOf(p);
  };

  // Which top-level parts hold tasks: the one named so, else those whose text carries notes.
  const tops = root.children;
  // A table of contents names the parts too: the one named so that holds notes is the tasks part.
  const named = tops.filter((t) => t.style !== 'annex' && TASK_PART.test(t.title));
  let taskParts = [named.find((t) => subtreeHasNotes(t) || hasTaskTable(t)) ?? named[0]].filter(
    (t): t is OutlineNode => t !== undefined,
  );
  const measurePart = tops.find(
    (t) => t.style !== 'annex' && !taskParts.includes(t) && MEASURE_PART.test(t.title),
  );
  if (taskParts.length === 0)
    taskParts = tops.filter(
      (t) => t !== measurePart && t.style !== 'annex' && (subtreeHasNotes(t) || hasTaskTable(t)),
    );

  // Pass 1: the tasks part(s), so that extra tasks elsewhere can take the next free ids.
  if (taskParts.length === 1) {
    const part = taskParts[0] as OutlineNode;
    const clause = clauseOf('', part);
    const ids = idParts(part.children);
    part.children.forEach((k, i) => {
      taskify(k, ids[i] as string, clauseOf(clause, k, part), part.title, 1);
    });
    nextExtra = Math.max(0, ...ids.map(Number));
    const { prose, tables } = splitTables(part.body);
    let count = part.children.length;
    readTables(tables, clause, part.title, () => String(++count), true);
    nextExtra = Math.max(nextExtra, count);
    // Items straight under the part and no notes of their own before them: passages, as an intro.
    const { groups, rest } = groupByNotes(prose);
    for (const g of groups)
      collected.tasks.push(makeTask(extraId(), clause, part.title, g, titleFrom(g, part.title)));
    for (const p of rest) passage(p, clause, part.title);
  } else if (taskParts.length > 1) {
    const ids = idParts(tops);
    tops.forEach((t, i) => {
      if (taskParts.includes(t)) taskify(t, ids[i] as string, clauseOf('', t), t.title, 0, true);
    });
    nextExtra = Math.max(0, ...ids.map(Number));
  }

  // Before the first heading: notes there close tasks too (a plan of unnumbered paragraphs).
  {
    const { prose, tables } = splitTables(root.body);
    readTables(tables, '', '', extraId, true);
    const { groups, rest } = groupByNotes(prose);
    for (const g of groups) {
      // The paragraph with the note (and the one before a note on its own line) is the task.
      const from = g.length >= 2 && noteOnly(g[g.length - 1] as Para) ? g.length - 2 : g.length - 1;
      for (const p of g.slice(0, from)) passage(p, '', '');
      const task = g.slice(from);
      collected.tasks.push(makeTask(extraId(), '', '', task, titleFrom(task, '')));
    }
    for (const p of rest) passage(p, '', '');
  }

  // Pass 2: every other part, in document order.
  for (const part of tops) {
    if (taskParts.includes(part)) continue;
    const partClause = part.style === 'annex' ? '' : clauseOf('', part);
    if (part === measurePart) {
      const sections = part.children.filter((k) => isHeadingStyle(k.style));
      const asItems = sections.length === 0;
      const { prose: introProse, tables: introTables } = splitTables(part.body);
      readTables(introTables, partClause, part.title, extraId, false);
      const { groups: introTasks, rest: introRest } = groupByNotes(introProse);
      for (const g of introTasks)
        collected.tasks.push(makeTask(extraId(), partClause, part.title, g, titleFrom(g, part.title)));
      for (const p of introRest) passage(p, partClause, part.title);
      const measureSources = (asItems ? part.children : sections).map((k) =>
        asItems
          ? {
              title: headingOf(k.rest),
              full: [k.rest, ...k.body.map((p) => p.text)].join('\n'),
              body: parasOf(k),
              tag: '',
              marker: k.marker,
            }
          : {
              title: k.title,
              full: fullText(k),
              body: [...k.body, ...k.children.flatMap(parasOf)],
              tag: `(${k.numeral})`,
              marker: k.marker,
            },
      );
      measureSources.forEach((m, i) => {
        const clause = `${partClause}${m.tag || String(i + 1)}`;
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
          collected.tasks.push(makeTask(extraId(), clause, m.title, groups[0], m.title, m.marker));
        } else {
          for (const g of groups)
            collected.tasks.push(makeTask(extraId(), clause, m.title, g, titleFrom(g, m.title), m.marker));
        }
      });
      continue;
    }
    if (subtreeHasNotes(part) || hasTaskTable(part)) {
      // Tasks outside the tasks part: found as there, numbered on after the last task section.
      const before = collected.tasks.length;
      const ids = idParts(part.children);
      const noted = part.children.filter((k) => subtreeHasNotes(k) || hasTaskTable(k));
      part.children.forEach((k, i) => {
        const kClause = clauseOf(partClause, k, part);
        if (noted.includes(k) || noted.length > part.children.length / 2)
          taskify(k, `x${ids[i]}`, kClause, part.title, 1, true);
        else readContainer(parasOf(k), kClause, k.title, () => 'x');
      });
      readContainer(part.body, partClause, part.title, () => 'x');
      for (const t of collected.tasks.slice(before).sort((a, b) => a.pos - b.pos)) t.id = extraId();
      continue;
    }
    // Items straight under the part read with its intro; each section is a container of its own.
    const containers = [
      {
        // An item at the top (an article `第三条 …`) is its own text: its paragraph is kept too.
        paras: [
          ...(!isHeadingStyle(part.style) && part.head ? [part.head] : []),
          ...part.body,
          ...part.children.filter((s) => !isHeadingStyle(s.style)).flatMap(parasOf),
        ],
        clause: partClause,
        heading: part.title,
      },
      ...part.children
        .filter((s) => isHeadingStyle(s.style))
        .map((s) => ({ paras: parasOf(s), clause: clauseOf(partClause, s, part), heading: s.title })),
    ];
    for (const c of containers) {
      const { prose, tables } = splitTables(c.paras);
      readTables(tables, c.clause, c.heading, extraId, true);
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
  for (const p of trailer) passage(p, '', '');
  for (const { para, heading } of scoped) passage(para, '', heading);

  // Goal titles and categories match loosely: quotes and spaces aside.
  const key = (s: string) => s.replace(/[\s“”"‘’'「」]/g, '');
  for (const indicator of indicators) {
    const goal = goals.find((g) => key(g.title) === key(indicator.category));
    if (goal) indicator.goalIndex = goal.index;
  }

  // A task table assigns the work: body text that names no unit only describes those tasks again.
  if (collected.tasks.some((t) => t.fromTable && t.lead.length + t.support.length > 0)) {
    collected.tasks = collected.tasks.filter((t) => {
      if (t.fromTable || t.lead.length + t.support.length > 0) return true;
      for (const p of t.paras ?? []) passage(p, t.clause, t.section);
      return false;
    });
  }
  collected.tasks.sort((a, b) => a.pos - b.pos);
  // `同上`: the units of the task before.
  collected.tasks.forEach((t, i) => {
    const before = collected.tasks[i - 1];
    if (t.lead.length === 1 && t.lead[0] === SAME_AS_ABOVE && before) {
      t.lead = [...before.lead];
      t.support = [...before.support, ...t.support.filter((u) => !before.support.includes(u))];
    }
  });
  // Ids stay unique whatever the numbering (a safety net: `3`, then `3-2`).
  const seen = new Map<string, number>();
  for (const t of collected.tasks) {
    const n = (seen.get(t.id) ?? 0) + 1;
    seen.set(t.id, n);
    if (n > 1) t.id = `${t.id}-${n}`;
  }
  const sections = sectionsOf(tops, collected.tasks, clauseOf);
  const tasks = collected.tasks.map(({ pos: _pos, paras: _paras, fromTable: _fromTable, ...task }) => {
    const leader = task.leader ?? leaderOf(task.text);
    return leader ? { ...task, leader } : task;
  });
  const known = [...new Set(tasks.flatMap((t) => [...t.lead, ...t.support]))].filter((u) => !isCollective(u));
  for (const m of measures) m.units = findUnits(m.text, known);

  let kept = collected.passages.sort((a, b) => a.para.pos - b.para.pos);
  // A plan that states its goals in sentences (`到2027年，…达到…`): its goals and indicators from those.
  if (goals.length === 0 && indicators.length === 0) {
    const taskParts = new Set(tasks.map((t) => partOf(t.clause)));
    const prose = readProseTargets(
      kept.map((x) => ({ text: x.para.text, clause: x.clause, heading: x.heading })),
      (clause) => taskParts.has(partOf(clause)),
    );
    goals.push(...prose.goals);
    indicators.push(...prose.indicators);
    const read = new Set(prose.goals.map((g) => g.text));
    kept = kept.filter((x) => !read.has(x.para.text.trim()));
  }
  const passages: Passage[] = kept.map((x, i) => ({
    id: `p${i + 1}`,
    clause: x.clause,
    heading: x.heading,
    text: x.para.text,
  }));

  const title = planTitle(paragraphs);
  const period = ownPeriod(title, paragraphs);
  const id = period ? periodId(period) : title.replace(/[\s\p{P}\p{S}]/gu, '').slice(0, 24) || 'plan';
  return { id, title, ...(period ? { period } : {}), goals, indicators, tasks, measures, passages, sections };
}

/** The part a clause sits in: `二` of `二(三)2`. */
const partOf = (clause: string) => /^[一二三四五六七八九十]*/.exec(clause)?.[0] ?? '';

/**
 * Every heading (part, chapter, section) and every numbered item with items under it that holds tasks,
 * with the tasks whose text starts inside it: so `三、…下面有哪些任务` and `第3项下面有哪些` are answered in
 * the plan's own numbering.
 */
function sectionsOf(
  tops: OutlineNode[],
  tasks: { id: string; pos: number }[],
  clauseOf: (parentClause: string, n: OutlineNode, parent?: OutlineNode) => string,
): Section[] {
  const out: Section[] = [];
  const visit = (n: OutlineNode, parentClause: string, parent?: OutlineNode) => {
    const clause = clauseOf(parentClause, n, parent);
    if (isHeadingStyle(n.style) || n.children.length > 0) {
      const at = new Set([...(n.head ? [n.head.pos] : []), ...parasOf(n).map((p) => p.pos)]);
      const taskIds = tasks.filter((t) => at.has(t.pos)).map((t) => t.id);
      if (taskIds.length > 0) out.push({ clause, number: n.marker, title: n.title, taskIds });
    }
    for (const k of n.children) visit(k, clause, n);
  };
  for (const t of tops) if (t.style !== 'annex') visit(t, '');
  return out;
}

/**
 * Each note closes its task: `…（责任单位：A）（2）民生资金…` and `推进甲……（A负责）。推进乙……（B负责）`
 * are two paragraphs, the second starting after the first note.
 */
function splitAfterNotes(text: string, firstLeads: boolean): string[] {
  if (TABLE_ROW.test(text)) return [text];
  const notes = findNotes(text, firstLeads);
  for (const [i, note] of notes.entries()) {
    const after = text.slice(note.end).replace(/^[。；;]/, '');
    if (after.length === 0 || note.end === 0) continue;
    const item = /^(?:[(（]\s*\d{1,2}\s*[)）]|[①-⑳⑴-⒇]|\d{1,2}\s*[.．、](?!\d))\s*[\u4e00-\u9fa5]/.test(
      after,
    );
    // Another task's text, closed by a note of its own, follows this note.
    const next = notes[i + 1];
    const between = next ? text.slice(note.end, next.start).replace(/[\s。；;，,]/g, '') : '';
    if (item || [...between].length >= 6)
      return [text.slice(0, text.length - after.length), ...splitAfterNotes(after, firstLeads)];
  }
  return [text];
}
