// Responsibility notes: `(责任单位:局教科文处牵头、相关处室配合)`, `（牵头单位：A，配合单位：B、C）`,
// `（A、B负责）`. A note names units as written; `牵头`/`配合` markers inside it decide who leads.

export interface ParsedNote {
  lead: string[];
  support: string[];
}

export interface FoundNote extends ParsedNote {
  /** The note as written, brackets included. */
  note: string;
  start: number;
  end: number;
}

const OPEN = '(（';
const CLOSE = ')）';

const LEAD_LABEL =
  /^(责任单位|责任部门|责任处室|牵头单位|牵头部门|牵头处室|主办单位|主责单位|承办单位|实施单位)$/;
const LABEL =
  /(责任单位|责任部门|责任处室|牵头单位|牵头部门|牵头处室|主办单位|主责单位|承办单位|实施单位|配合单位|配合部门|配合处室|协办单位|协作单位|参与单位|参加单位)\s*[:：]/g;
const LABEL_AT_START = new RegExp(`^\\s*${LABEL.source}`);
/** Verbs closing an unlabelled note: `（A、B负责）`, `（A牵头，B配合）`. */
const UNLABELLED_END = /(按职责分工负责|按职责负责|分别负责|共同负责|负责落实|负责|牵头|配合|参与)$/;
const UNIT_SUFFIX =
  /(处|室|中心|部|委|局|厅|办|署|院|会|行|司|公司|单位|部门|政府|集团|市|区|县|镇|乡|街道|小组|专班|\))$/;
const GENERIC_ROLE = /^(牵头单位|配合单位|责任单位|有关单位|相关单位)$/;
/** A piece that only says how the units share the work (`…，按职责分工负责`): no unit at all. */
const DUTY_ONLY =
  /^(按职责分工负责|按职责分工落实|按职责负责|按职责落实|分别负责|共同负责|各负其责|负责落实|负责)$/;

/** The plan declares that the first unit named leads (`列第一位者为牵头单位`). */
export function declaresFirstLeads(text: string): boolean {
  return /(列|排|居)在?第[一1](位|个)[^。；;]{0,8}牵头/.test(text);
}

/** Every bracketed group in `text`, nesting respected (`各处室(中心)` stays inside its note). */
function bracketGroups(text: string): { start: number; end: number; inner: string }[] {
  const groups: { start: number; end: number; inner: string }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (OPEN.includes(ch)) {
      if (depth === 0) start = i;
      depth++;
    } else if (CLOSE.includes(ch) && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  return groups;
}

/** Split on 、，,；; outside brackets, merging `各区、县级市` back into one collective. */
export function splitUnits(list: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (OPEN.includes(ch)) depth++;
    if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,；;]/.test(ch)) {
      pieces.push(current);
      current = '';
    } else current += ch;
  }
  pieces.push(current);
  const trimmed = pieces.map((p) => p.trim().replace(/[。.]$/, '')).filter((p) => p.length > 0);
  const merged: string[] = [];
  for (const piece of trimmed) {
    const last = merged[merged.length - 1];
    // `各区、县级市`, `各区、县（市）政府`: a short place word after a short `各…` collective continues it.
    if (
      last !== undefined &&
      /^各.{1,3}$/.test(last) &&
      /^[^各局市省]{1,4}(区|县|市|县级市|镇|乡|街道|[(（]市[)）])(人民政府|政府)?$/.test(
        piece.replace(/(牵头|配合|参与|协助|负责)$/, ''),
      )
    ) {
      merged[merged.length - 1] = `${last}、${piece}`;
    } else merged.push(piece);
  }
  // `X等有关部门` names X and the collective `有关部门`.
  return merged.flatMap((unit) => {
    const m = /^(.+?)等(有关|相关|其他)?(部门|单位|处室)$/.exec(unit);
    if (!m) return [unit.replace(/等$/, '')];
    return [m[1] as string, `${m[2] ?? ''}${m[3]}`];
  });
}

type Role = 'lead' | 'support' | 'default';

/** Pieces carrying `牵头`/`配合` markers: a marker applies to the unmarked run just before it (`A、B牵头`). */
function assignRoles(list: string): { unit: string; role: Role }[] {
  const out: { unit: string; role: Role }[] = [];
  let pending: string[] = [];
  for (const raw of splitUnits(list)) {
    if (DUTY_ONLY.test(raw)) continue;
    const lead = /^(.+?)(为牵头单位|牵头负责|牵头)$/.exec(raw);
    const support = /^(.+?)(为配合单位|配合|参与|协助|协同|协办)$/.exec(raw);
    const m = lead ?? support;
    if (!m) {
      pending.push(raw);
      continue;
    }
    const role: Role = lead ? 'lead' : 'support';
    for (const unit of [...pending, ...splitUnits(m[1] as string)]) out.push({ unit, role });
    pending = [];
  }
  for (const unit of pending) out.push({ unit, role: 'default' });
  return out;
}

function resolveDefaults(
  pieces: { unit: string; role: Role }[],
  fallback: 'lead' | 'support',
  firstLeads: boolean,
): ParsedNote {
  const note: ParsedNote = { lead: [], support: [] };
  let firstDefaultSeen = false;
  for (const { unit, role } of pieces) {
    let r: 'lead' | 'support' = role === 'default' ? fallback : role;
    if (role === 'default' && fallback === 'lead' && firstLeads) {
      r = firstDefaultSeen ? 'support' : 'lead';
      firstDefaultSeen = true;
    }
    const bucket = r === 'lead' ? note.lead : note.support;
    if (!bucket.includes(unit)) bucket.push(unit);
  }
  return note;
}

function looksLikeUnits(units: string[]): boolean {
  return (
    units.length > 0 &&
    units.every((u) => u.length >= 2 && u.length <= 30 && !/[。：:]/.test(u) && !GENERIC_ROLE.test(u)) &&
    units.some((u) => UNIT_SUFFIX.test(u))
  );
}

/** Parse the inside of a bracket group as a responsibility note, or undefined when it is not one. */
export function parseNoteContent(inner: string, firstLeads: boolean): ParsedNote | undefined {
  const text = inner.trim();
  if (LABEL_AT_START.test(text)) {
    const note: ParsedNote = { lead: [], support: [] };
    const labels = [...text.matchAll(LABEL)];
    labels.forEach((m, i) => {
      const from = (m.index ?? 0) + m[0].length;
      const to = labels[i + 1]?.index ?? text.length;
      const body = text.slice(from, to).replace(/[，,；;。\s]+$/, '');
      const fallback = LEAD_LABEL.test(m[1] as string) ? 'lead' : 'support';
      const part = resolveDefaults(assignRoles(body), fallback, firstLeads && fallback === 'lead');
      for (const u of part.lead) if (!note.lead.includes(u)) note.lead.push(u);
      for (const u of part.support) if (!note.support.includes(u)) note.support.push(u);
    });
    return note.lead.length + note.support.length > 0 ? note : undefined;
  }
  const m = UNLABELLED_END.exec(text);
  if (!m) return bareUnitList(text, firstLeads);
  const pieces = assignRoles(
    m[1] === '牵头' || m[1] === '配合' || m[1] === '参与' ? text : text.slice(0, m.index),
  );
  if (!looksLikeUnits(pieces.map((p) => p.unit))) return undefined;
  const note = resolveDefaults(pieces, 'lead', firstLeads);
  return note.lead.length > 0 ? note : undefined;
}

/** An organisation's name ends like one (`审计署`, `财政部`, `市审计局`, `局投资处`, `各区、县（市）政府`). */
const ORG_SUFFIX = /(部|委|局|署|厅|办|院|行|会|处|室|中心|政府|集团|公司|部门|单位)$/;
const NOT_A_UNIT = /简称|包括|含|例如|如|即|等$/;

/** `（审计署、财政部）`: national documents often list the units alone, first one leading by their convention. */
function bareUnitList(text: string, firstLeads: boolean): ParsedNote | undefined {
  const units = splitUnits(text);
  const ok =
    units.length > 0 &&
    units.every((u) => u.length >= 2 && u.length <= 20 && ORG_SUFFIX.test(u) && !NOT_A_UNIT.test(u));
  if (!ok || !looksLikeUnits(units)) return undefined;
  return resolveDefaults(
    units.map((unit) => ({ unit, role: 'default' as const })),
    'lead',
    firstLeads,
  );
}

/** Every responsibility note in a paragraph, in order. */
export function findNotes(text: string, firstLeads: boolean): FoundNote[] {
  const notes: FoundNote[] = [];
  for (const g of bracketGroups(text)) {
    const parsed = parseNoteContent(g.inner, firstLeads);
    if (!parsed) continue;
    // An unlabelled `（…负责）` counts only where a note sits: after a sentence or at the end.
    const labelled = LABEL_AT_START.test(g.inner);
    const before = text.slice(0, g.start).trimEnd();
    const after = text.slice(g.end).trim();
    if (!labelled && !/[。；;!！?？]$/.test(before) && !/^([。；;]|$)/.test(after)) continue;
    notes.push({ ...parsed, note: text.slice(g.start, g.end), start: g.start, end: g.end });
  }
  return notes;
}
