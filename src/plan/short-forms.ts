// The everyday short forms of a unit the plan names, worked out from its own name — never from a list of
// known bodies. A bureau division (`社会保障审计科`, `投资审计处`) is called by its field without 审计
// (`社会保障科`, `投资科`), its field's two words shortened to their first characters (`社保科`, `经责科`),
// either of those words when the field is two words (`数据科` of 电子数据), and with 处 for 科 or 科 for 处
// (a county's 科 is a city's 处). An outside body (`市人力社保局`, `市发改委`, `市委统战部`) is called without
// its place (`人力社保局`, `发改委`, `统战部`) and by its field's words shortened (`人社局`, `发改委`, `卫健局`);
// a committee (`市发展和改革委员会`) by 委 (`发展改革委`, `发改委`).
// Whether a form is unambiguous within the plan is decided by the caller (divisions.ts), across all units.

import { wordBounds } from '../text/word-bounds';

/** What ends a bureau division's name. */
const DIVISION_END = /(处|科|股)$/;
/** What ends a government department's name, whose field people shorten (`人社局`, `发改委`, `工信部`). */
const BODY_END = /(局|委员会|委|厅|部)$/;
/**
 * The place an outside body is of: `市`, `区`, `县`, `省`, a Party committee's `市委` (not 市场, 市级, 市政), and the
 * state's `国家` (国家发展改革委 → 发改委, 国家卫生健康委 → 卫健委).
 */
const PLACE = /^(?:[市区县省]委|国家|[市区县省](?![场级政委]))/;

/**
 * A field's words shortened to their first characters: 社会保障 → 社保, 人力资源社会保障 → 人社, 工业和信息化 → 工信,
 * 住房城乡建设 → 住建 (the first word's and the last's: 城乡 says where, not what).
 */
function abbreviations(field: string): string[] {
  const f = field.replace(/和/g, '');
  if (f.length === 4 && f[0] !== f[2]) return [`${f[0]}${f[2]}`];
  if (f.length === 8) return [`${f[0]}${f[4]}`];
  // The dictionary's words of the field, a lone character joined to the word before it (信息|化 is 信息化).
  const cuts = [...wordBounds(f)].sort((a, b) => a - b);
  const words: string[] = [];
  for (let i = 1; i < cuts.length; i += 1) {
    const word = f.slice(cuts[i - 1], cuts[i]);
    if (word.length === 1 && words.length > 0) words[words.length - 1] += word;
    else words.push(word);
  }
  if (words.length < 2 || words.length > 3 || words.some((w) => w.length < 2)) return [];
  return [`${words[0]![0]}${words[words.length - 1]![0]}`];
}

function divisionForms(name: string): string[] {
  const end = DIVISION_END.exec(name);
  if (!end) return [];
  const stem = name.slice(0, -1);
  const field = stem.length > 2 ? stem.replace(/审计$/, '') : stem;
  const fields = new Set<string>([field]);
  for (const short of abbreviations(field)) fields.add(short);
  if (field.length === 4) {
    fields.add(field.slice(0, 2));
    fields.add(field.slice(2));
  }
  const out: string[] = [];
  for (const f of fields) {
    if (f.length < 2) continue;
    for (const suffix of ['科', '处']) out.push(`${f}${suffix}`);
  }
  return out.filter((form) => form !== name);
}

/**
 * A field of two parts (`自然资源` + `规划`, `教育` + `体育`: where the dictionary cuts it, neither part a
 * single character) is called by either part: a merged department by the one people ask about.
 */
function partsOf(field: string): string[] {
  const f = field.replace(/和/g, '');
  const cuts = [...wordBounds(f)].filter((at) => at >= 2 && f.length - at >= 2);
  return cuts.flatMap((at) => [f.slice(0, at), f.slice(at)]);
}

/** Words a place's name leaves that name no one body (`县政府` → 政府). */
const GENERIC = /^(政府|部门|单位|机关|机构|街道|乡镇|委员会)$/;

function bodyForms(name: string): string[] {
  const bare = name.replace(PLACE, '');
  const out: string[] = [];
  // A body of two characters without its place is called so (`县残联` → 残联, `区妇联` → 妇联, `市科协` → 科协).
  if (bare !== name && bare.length >= 2 && !GENERIC.test(bare)) out.push(bare);
  // A Party branch (`机关党支部`) is no department: its 部 is no ministry's (工业和信息化部 → 工信部).
  const end = /支部$/.test(bare) ? null : BODY_END.exec(bare);
  if (end) {
    // A district's branch of a city bureau (`区生态环境分局`) is called a bureau (`生态环境局`).
    const field = bare.slice(0, -end[0].length).replace(/分$/, '');
    if (`${field}${end[0]}` !== bare && field.length >= 2) out.push(`${field}${end[0]}`);
    // A committee's 委员会 is said 委 (发展和改革委员会 → 发改委, 发展改革委).
    const said = end[0] === '委员会' ? '委' : end[0];
    if (said !== end[0]) out.push(`${field.replace(/和/g, '')}${said}`);
    for (const short of abbreviations(field)) out.push(`${short}${said}`);
    for (const part of partsOf(field)) out.push(`${part}${said}`);
  }
  return [...new Set(out)].filter((form) => form !== name);
}

/** A unit written with its other name after it: `县发改局(粮食局)`, one body under two names. */
const ALIAS = /^(.+?)[(（]([^()（）]{2,12}(?:局|委|厅|办|处|科|中心|室))[)）]$/;

/** The short forms people use for a unit named `name` (`external`: a body outside the bureau). */
export function shortForms(name: string, external: boolean): string[] {
  const alias = ALIAS.exec(name);
  if (alias) {
    const names = [alias[1] as string, alias[2] as string];
    const forms = names.flatMap((n) => [n, ...shortForms(n, external)]);
    return [...new Set(forms)].filter((form) => form !== name);
  }
  return external ? bodyForms(name) : divisionForms(name);
}
