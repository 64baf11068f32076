// Responsibility notes: `(责任单位:局教科文处牵头、相关处室配合)`, `（牵头单位：A，配合单位：B、C）`,
// `【责任单位：A】`, `（A、B负责）`, `（A牵头，B、C配合）`, `（审计署、财政部）`, and a label opening a line
// or a sentence without brackets (`牵头单位：A；配合单位：B`). A note names units as written;
// `牵头`/`配合` markers inside it decide who leads. Remarks a note carries about the convention
// (`排在第一位的部门为牵头部门，下同`) or a deadline (`2026年底前完成`) are not units.

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

/** Brackets a note may sit in (`[牵头单位:…]` as some county notices write it, too). */
const NOTE_OPEN = '(（【〔[［';
const NOTE_CLOSE = ')）】〕]］';
/** Brackets that nest inside a note or a name (`县〔市、区〕`). */
const OPEN = '(（【〔[［';
const CLOSE = ')）】〕]］';

const ROLE = '牵头|责任|主责|主办|承办|实施|负责|配合|协同|协办|协作|参与|参加|协助|联合';
const UNIT_WORD = '单位|部门|处室|科室|股室|机构|主体';
/** Labels whose text is no unit: people and deadlines. */
const IGNORED = `(?:(?:${ROLE}|分管|联系|包抓){0,2})领导|责任人|联系人|完成时限|完成时间|时间节点|时限要求|进度安排|时限|时间|备注`;
/**
 * `牵头单位：`, `主要责任单位：`, `牵头责任单位：`, `协同配合单位：`, `牵头部门（单位）：`, `牵头：`; group 1 or 3 is
 * the role (a label of two role words takes the first: 牵头责任单位 leads, 协同责任单位 supports), 2 a label to skip
 * (`牵头负责领导：`, `责任领导：` name people).
 */
const LABEL = new RegExp(
  `(?:(?:主要|具体)?(${ROLE})(?:${ROLE})?(?:${UNIT_WORD})(?:[(（][^()（）]{1,4}[)）])?|(${IGNORED})|(牵头|配合|参与|协同|协办))\\s*[:：]`,
  'g',
);
const LABEL_AT_START = new RegExp(`^\\s*${LABEL.source}`);
const EXPLICIT_LEAD_ROLE = /^(牵头|主责|主办)$/;
const LEAD_ROLE = /^(牵头|责任|主责|主办|承办|实施|负责)$/;

/** A name ends like an organisation or a collective of them. */
const UNIT_SUFFIX =
  /(处|室|中心|部|委|局|厅|办|署|院|会|行|司|公司|单位|部门|政府|集团|市|区|县|镇|乡|街道|小组|专班|机关|地区|地方|方面|中央|联|协|社|校|学|所|馆|站|台|队|团|库|园|场|港|组|科|股|海关|[)）〕])$/;
/** Without a verb, only an organisation's name makes a list a note: `（绍兴市）` is an aside. */
const ORG_SUFFIX =
  /(处|室|中心|部|委|局|厅|办|署|院|会|行|司|公司|单位|部门|政府|集团|机关|小组|专班|中央|联|协|社|校|所|队|团|科|股|海关|[)）〕])$/;
const GENERIC_ROLE = /^(牵头单位|配合单位|责任单位|有关单位|相关单位)$/;
const NOT_A_UNIT = /简称|包括|含|例如|如|即|试行|暂行|草案|修订|征求意见|以上|以下|左右|年|月|日|%|等$/;
/** A piece that only says how the units share the work (`…，按职责分工负责`): no unit at all. */
const DUTY_ONLY =
  /^(按职责分工负责|按职责分工落实|按职责负责|按职责落实|按职能负责|分别负责|共同负责|各负其责|负责落实|负责|牵头|配合)$/;
const DUTY_END =
  /(按职责分工负责|按职责分工落实|按职责负责|按职责落实|按职能负责|按职能分工负责|分别负责|共同负责|各负其责|负责落实|负责实施|具体实施|组织实施|抓好落实|具体落实|组织落实|具体负责|负责推进|负责|落实)$/;
const LEAD_END =
  /(为牵头单位|为牵头部门|为牵头处室|分别牵头|共同牵头|联合牵头|牵头负责|牵头落实|牵头推进|牵头实施|牵头抓总|牵头|主责)$/;
const SUPPORT_END = /(为配合单位|为配合部门|为配合处室|按职责配合|共同参与|配合|参与|协助|协同|协办)$/;
const BRACKET_ROLE = /^(.+?)\s*[(（〔](牵头|牵头单位|牵头部门|配合|配合单位|配合部门)[)）〕]$/;
/** A deadline or a remark in a note: `2026年底前完成`, `持续推进`, `下同`, `不再列出`. */
const REMARK =
  /下同|以下同|余同|以下均|不再|排名不分先后|按姓氏笔画|预期性指标|约束性指标|\d{4}\s*年|年底|年内|月底|季度|前完成|持续推进|长期坚持|每年|完成时/;

/** `列第一位者为牵头单位`, `排在第一位的部门为牵头部门`, `第一个为牵头单位`, `列首位的为牵头单位`, … */
const FIRST_LEADS = [
  /(列|排|居|位|名|标)(在|于|列|名)?(第[一1](位|个|名)|首位|首个|最前)[^。；;，,]{0,12}牵头/,
  /(第[一1]个|首个|第[一1]位|第[一1]家)(单位|部门|处室)?(为|是|系)牵头/,
  /排名第[一1][^。；;，,]{0,8}牵头/,
  /牵头(单位|部门|处室)?(为|是)[^。；;，,]{0,6}(第[一1](位|个|名)|首位|首个)/,
];

/** The plan declares that the first unit named leads. */
export function declaresFirstLeads(text: string): boolean {
  return FIRST_LEADS.some((re) => re.test(text));
}

/** Split on `seps` outside brackets. */
function splitOutside(text: string, seps: RegExp): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && seps.test(ch)) {
      pieces.push(current);
      current = '';
    } else current += ch;
  }
  pieces.push(current);
  return pieces;
}

/** The note without its remarks: convention statements, deadlines, `下同`. */
function withoutRemarks(text: string): string {
  // A bracketed remark after the units: `省商务厅（除标注为“牵头”单位外，列第一位的为牵头单位，下同）`.
  const bare = text.replace(/[(（〔][^()（）〔〕]*[)）〕]/g, (group) => {
    const inner = group.slice(1, -1);
    const remark =
      REMARK.test(inner) ||
      declaresFirstLeads(inner) ||
      /^按职[责能]/.test(inner) ||
      ([...inner].length > 6 && /牵头|汇总/.test(inner));
    return remark ? '' : group;
  });
  return splitOutside(bare, /[。]/)
    .map((sentence) =>
      splitOutside(sentence, /[，,；;]/)
        .filter((clause) => !REMARK.test(clause) && !declaresFirstLeads(clause))
        .join('，'),
    )
    .filter((s) => s.trim().length > 0)
    .join('，');
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
      if (depth === 0 && NOTE_OPEN.includes(text[start] as string) && NOTE_CLOSE.includes(ch))
        groups.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  return groups;
}

/** `市发改委和市财政局` names two units; `国家发展和改革委员会` is one. */
function splitConjoined(piece: string): string[] {
  const parts = piece.split(
    /[\s\u3000]+|(?<=[局委办厅部署院处室心府门位)）])(?:和|及|与|以及)(?=[市省县区国中全各])/u,
  );
  return parts.length > 1 && parts.every((p) => p.length >= 2 && UNIT_SUFFIX.test(p)) ? parts : [piece];
}

/** Split on 、，,；; outside brackets, merging `各区、县（市）政府` back into one collective. */
export function splitUnits(list: string): string[] {
  const trimmed = splitOutside(list, /[、，,；;]/)
    .map((p) => p.trim().replace(/[。.]$/, ''))
    .filter((p) => p.length > 0)
    .flatMap(splitConjoined);
  const merged: string[] = [];
  for (const piece of trimmed) {
    const last = merged[merged.length - 1];
    // `各区、县级市`, `各区、县（市）政府`, `各市、县〔市、区〕政府`: a place word after a short `各…` continues it.
    if (
      last !== undefined &&
      /^各.{1,4}$/.test(last) &&
      /^[^各局]{0,3}?(区|县|市|县级市|镇|乡|街道)([(（〔][^()（）〔〕]{1,8}[)）〕])?(人民政府|政府|党委和政府|党委政府|党委)?$/.test(
        piece.replace(/(牵头|配合|参与|协助|负责)$/, ''),
      )
    ) {
      merged[merged.length - 1] = `${last}、${piece}`;
    } else merged.push(piece);
  }
  // `X等有关部门` names X and the collective `有关部门`; `X等部门` and `X等` name X.
  return merged.flatMap((unit) => {
    const collective =
      /^(.+?)等((?:有关|相关|其他|各有关|各相关|各|省级|市级|县级|区级|市直|省直|中央|国家)[^、等]{0,6}?(?:部门|单位|处室|机构))$/.exec(
        unit,
      );
    if (collective) return [collective[1] as string, collective[2] as string];
    const bare = /^(.+?)等(\d+个|[一二三四五六七八九十]+个|\d+家)?(部门|单位|处室|机构)?$/.exec(unit);
    return [bare ? (bare[1] as string) : unit];
  });
}

type Role = 'lead' | 'support' | 'default';

/** Pieces carrying `牵头`/`配合` markers: a marker applies to the unmarked run just before it (`A、B牵头`). */
function assignRoles(list: string): { unit: string; role: Role }[] {
  const out: { unit: string; role: Role }[] = [];
  let pending: string[] = [];
  const flush = (role: Role, more: string[]) => {
    for (const unit of [...pending, ...more]) out.push({ unit, role });
    pending = [];
  };
  for (const raw of splitUnits(list)) {
    const piece = raw.replace(/^(均由|由|请)/, '').trim();
    if (DUTY_ONLY.test(piece) || piece.length === 0) continue;
    const together = /^(.+?)会同(.+?)(负责|落实|推进|实施)?$/.exec(piece);
    if (together) {
      flush('lead', splitUnits(together[1] as string));
      flush('support', splitUnits(together[2] as string));
      continue;
    }
    // A label without its colon: `牵头单位市发改委`, `责任单位为市发改委`.
    const unlabelled = /^(牵头|责任|主责|配合|协同|参与|协办)(?:单位|部门|处室|科室)(?:为|是)?(.{2,})$/.exec(
      piece,
    );
    if (unlabelled && !/^(牵头|配合|参与|协同)/.test(unlabelled[2] as string)) {
      const role = /牵头|主责/.test(unlabelled[1] as string)
        ? 'lead'
        : /责任/.test(unlabelled[1] as string)
          ? 'default'
          : 'support';
      flush('default', []);
      for (const unit of splitUnits(unlabelled[2] as string)) out.push({ unit, role });
      continue;
    }
    const marked = BRACKET_ROLE.exec(piece);
    if (marked) {
      flush('default', []);
      out.push({ unit: marked[1] as string, role: /牵头/.test(marked[2] as string) ? 'lead' : 'support' });
      continue;
    }
    const lead = LEAD_END.exec(piece);
    const support = lead ? null : SUPPORT_END.exec(piece);
    const duty = lead || support ? null : DUTY_END.exec(piece);
    const m = lead ?? support ?? duty;
    if (!m) {
      pending.push(piece);
      continue;
    }
    const units = splitUnits(piece.slice(0, m.index)).map((u) => u.replace(/等$/, ''));
    flush(
      lead ? 'lead' : support ? 'support' : 'default',
      units.filter((u) => u.length > 0),
    );
  }
  flush('default', []);
  return out;
}

/**
 * Units without a marker lead, unless the note names a lead explicitly (then they support) or the plan
 * says the first unit named leads (then the first of them leads).
 */
function resolveDefaults(
  pieces: { unit: string; role: Role }[],
  fallback: 'lead' | 'support',
  firstLeads: boolean,
): ParsedNote {
  const note: ParsedNote = { lead: [], support: [] };
  const explicitLead = pieces.some((p) => p.role === 'lead');
  let firstDefaultSeen = false;
  for (const { unit, role } of pieces) {
    let r: 'lead' | 'support' = role === 'default' ? (explicitLead ? 'support' : fallback) : role;
    if (role === 'default' && r === 'lead' && firstLeads) {
      r = firstDefaultSeen ? 'support' : 'lead';
      firstDefaultSeen = true;
    }
    const bucket = r === 'lead' ? note.lead : note.support;
    if (!bucket.includes(unit) && !(r === 'support' && note.lead.includes(unit))) bucket.push(unit);
  }
  return note;
}

function isCollectiveName(u: string): boolean {
  return /^(各|有关|相关|其他|其余|市级|省级|县级|区级|市直|省直|中央|国家)/.test(u);
}

/** Every piece reads as a unit name (`市财政局`, `各区、县（市）政府`), none as a sentence or a date. */
function looksLikeUnits(units: string[], strict: boolean): boolean {
  return (
    units.length > 0 &&
    units.every(
      (u) =>
        [...u].length >= (strict ? 3 : 2) &&
        [...u].length <= 30 &&
        !/[。：:“”"]/.test(u) &&
        !GENERIC_ROLE.test(u) &&
        !(strict && NOT_A_UNIT.test(u.replace(/[(（〔][^()（）〔〕]*[)）〕]/g, ''))) &&
        (strict ? ORG_SUFFIX.test(u) : UNIT_SUFFIX.test(u) || isCollectiveName(u)),
    )
  );
}

/** A list's closing remark that every unit of it leads (`（分别牵头）`, `共同牵头`). */
const EACH_LEADS = /[（(]?\s*(?:分别|共同|各自)(?:牵头|负责)\s*[)）]?$/;

function parseLabelled(text: string, firstLeads: boolean): ParsedNote | undefined {
  const note: ParsedNote = { lead: [], support: [] };
  const labels = [...text.matchAll(LABEL)];
  const roleOf = (m: RegExpMatchArray) => m[1] ?? m[3] ?? '';
  const explicitLead = labels.some((m) => EXPLICIT_LEAD_ROLE.test(roleOf(m)));
  labels.forEach((m, i) => {
    if (m[2]) return;
    const from = (m.index ?? 0) + m[0].length;
    const to = labels[i + 1]?.index ?? text.length;
    // A label's list ends at its sentence: `责任单位：A。以下均需…` names A only.
    const listed = withoutRemarks(text.slice(from, to).split('。')[0] as string).replace(
      /[，,；;。\s]+$/,
      '',
    );
    // `A、B、C（分别牵头）`: each unit named leads, whatever the plan says of the first.
    const each = EACH_LEADS.exec(listed);
    const body = each ? listed.slice(0, each.index).replace(/[，,；;、\s]+$/, '') : listed;
    const role = roleOf(m);
    // Beside a 牵头单位, the 责任单位 listed are the others responsible: they support.
    const fallback =
      LEAD_ROLE.test(role) && !(explicitLead && !EXPLICIT_LEAD_ROLE.test(role)) ? 'lead' : 'support';
    const part = resolveDefaults(
      assignRoles(body),
      fallback,
      firstLeads && !each && fallback === 'lead' && !EXPLICIT_LEAD_ROLE.test(role),
    );
    for (const u of part.lead) if (!note.lead.includes(u)) note.lead.push(u);
    for (const u of part.support)
      if (!note.support.includes(u) && !note.lead.includes(u)) note.support.push(u);
  });
  return note.lead.length + note.support.length > 0 ? note : undefined;
}

/** Parse the inside of a bracket group as a responsibility note, or undefined when it is not one. */
/** A note that repeats the one before (`（同上）`, a 责任单位 cell saying `同上`): its lead reads `同上`. */
export const SAME_AS_ABOVE = '同上';

/** `以上任务由X负责`, `以下各项均由X牵头`: a note over several tasks (scope-note.ts), no task's own. */
export const COVERS_SEVERAL = /^\s*(以下|下列|下述|以上|上述|前述)[^由，,。]{0,14}由/;

export function parseNoteContent(inner: string, firstLeads: boolean): ParsedNote | undefined {
  const text = inner.trim();
  if (COVERS_SEVERAL.test(text)) return undefined;
  if (/^(?:[^：:]{2,6}[：:])?\s*同上$/.test(text)) return { lead: [SAME_AS_ABOVE], support: [] };
  if (LABEL_AT_START.test(text)) return parseLabelled(text, firstLeads);
  // A remark before the labels (`预期性指标，牵头单位：市发改委`): the labels still say who.
  const inside = new RegExp(`[，,；;。\\s]${LABEL.source}`).exec(text);
  if (inside && [...text.slice(0, inside.index)].length <= 16) {
    const labelled = parseLabelled(text.slice(inside.index + 1), firstLeads);
    if (labelled) return labelled;
  }
  const plain = withoutRemarks(text);
  if (!plain) return undefined;
  const hasVerb = /(负责|牵头|配合|参与|协助|协同|协办|会同|主责)/.test(plain);
  const pieces = assignRoles(plain);
  // Without a verb only a list of organisation names is a note (`（审计署、财政部）`).
  if (
    !looksLikeUnits(
      pieces.map((p) => p.unit),
      !hasVerb,
    )
  )
    return undefined;
  const note = resolveDefaults(pieces, 'lead', firstLeads);
  return note.lead.length + note.support.length > 0 ? note : undefined;
}

/** A label opening the paragraph or a sentence, outside any bracket: `…。牵头单位：A；配合单位：B`. */
function unbracketedNote(
  text: string,
  groups: { start: number; end: number }[],
  firstLeads: boolean,
): FoundNote | undefined {
  for (const m of text.matchAll(new RegExp(`(^|[。；;！!？?]\\s*)${LABEL.source}`, 'g'))) {
    const start = (m.index ?? 0) + (m[1] as string).length;
    if (groups.some((g) => start > g.start && start < g.end)) continue;
    const body = text.slice(start).replace(/[。；;\s]+$/, '');
    const parsed = parseLabelled(body, firstLeads);
    if (!parsed || !looksLikeUnits([...parsed.lead, ...parsed.support], false)) continue;
    return { ...parsed, note: text.slice(start).trimEnd(), start, end: text.length };
  }
  return undefined;
}

/**
 * The units of a task whose note is written over several lines (`牵头单位：A` then `责任单位：B、C`):
 * labelled notes read as one, so a 责任单位 beside a 牵头单位 supports; others add up in order.
 */
export function mergeNotes(notes: FoundNote[], firstLeads: boolean): ParsedNote {
  const inner = notes.map((n) => n.note.trim().replace(/^[(（【〔[［]|[)）】〕\]］]$/g, ''));
  if (notes.length > 1 && inner.every((t) => LABEL_AT_START.test(t))) {
    const merged = parseLabelled(inner.join('；'), firstLeads);
    if (merged) return merged;
  }
  const out: ParsedNote = { lead: [], support: [] };
  for (const n of notes) {
    for (const u of n.lead) if (!out.lead.includes(u)) out.lead.push(u);
    for (const u of n.support) if (!out.support.includes(u) && !out.lead.includes(u)) out.support.push(u);
  }
  return out;
}

/** Every responsibility note in a paragraph, in order. */
export function findNotes(text: string, firstLeads: boolean): FoundNote[] {
  const notes: FoundNote[] = [];
  const groups = bracketGroups(text);
  for (const g of groups) {
    const parsed = parseNoteContent(g.inner, firstLeads);
    if (!parsed) continue;
    // An unlabelled `（…负责）` counts only where a note sits: after a sentence or a heading, or at the end.
    const labelled = LABEL_AT_START.test(g.inner) || new RegExp(`[，,；;。]${LABEL.source}`).test(g.inner);
    const before = text.slice(0, g.start).trimEnd();
    const after = text.slice(g.end).trim();
    const afterHeading =
      /^(\d{1,2}\s*[.．、]|[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[①-⑳⑴-⒇])[^。；;，,]{1,40}$/.test(
        before,
      );
    if (!labelled && !afterHeading && !/[。；;!！?？]$/.test(before) && !/^([。；;]|$)/.test(after)) continue;
    notes.push({ ...parsed, note: text.slice(g.start, g.end), start: g.start, end: g.end });
  }
  const loose = unbracketedNote(text, groups, firstLeads);
  if (loose && !notes.some((n) => n.start >= loose.start)) notes.push(loose);
  return notes;
}
