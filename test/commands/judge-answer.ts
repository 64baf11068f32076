import type { Expected } from './staff-answer-set';

// How a reply is judged against what the plan says: owners are read off it as staff read them —
// every `牵头:【X】`, every `方案写明:【X】负责…`, a role's holder line `【组长:X】` (`【专班办公室设在:X】`), and the units on a
// `配合:` line — and each part asked must be there. A unit's name is compared without the bureau's own `局`
// prefix (局教科文处 is 教科文处). A yes/no verdict is read where staff look for it: the first line after the
// title opens with 是/对/没错, or with 不是/否/不对/并非; failing that, from whether the unit asked about is
// among the leads named.

/** Owners a reply names as leads or holders, in order. */
export function ownersNamed(reply: string): string[] {
  const out: string[] = [];
  for (const m of reply.matchAll(
    /牵头:【([^】]+)】|方案写明:【([^】]+)】负责|^【[^:：】]*(?:组长|设在)[:：]([^】]+)】$/gm,
  )) {
    out.push(...(m[1] ?? m[2] ?? m[3] ?? '').split('、'));
  }
  return out.filter(isUnit).map(unitName);
}

/** A placeholder such as `(方案未写明)` in an owner's place names nobody. */
const isUnit = (name: string) => !/^[(（].*[)）]$/.test(name.trim());

/** Without a stated verdict, staff read one off the leads named: is the unit asked about among them? */
function impliedVerdict(leads: string[], asked: string | undefined): boolean | undefined {
  if (!asked || leads.length === 0) return undefined;
  return leads.includes(unitName(asked));
}

/** The verdict a reply gives to a yes/no question, if it gives one. */
export function verdictOf(reply: string): boolean | undefined {
  const first = reply
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !/^【[^】]*】$/.test(line));
  if (!first) return undefined;
  if (/^(不是|否|不对|并非|不由)/.test(first)) return false;
  if (/^(是|对|没错)/.test(first)) return true;
  return undefined;
}

/** Co-operating units a reply names: the bracketed units on its `配合:` lines. */
export function supportersNamed(reply: string): string[] {
  return supportLines(reply).flatMap((line) =>
    [...line.matchAll(/【([^】]+)】/g)]
      .flatMap((m) => (m[1] ?? '').split('、'))
      .filter(isUnit)
      .map(unitName),
  );
}

function supportLines(reply: string): string[] {
  return reply.split('\n').filter((line) => /^\s*配合[:：]/.test(line));
}

/** A unit as staff name it: the bureau's own `局` prefix dropped. */
export function unitName(name: string): string {
  return name.trim().replace(/^局(?=.{2,})/, '');
}

/** Text compared as read: no spaces, full-width punctuation and digits as half-width. */
export function asRead(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[【】]/g, '')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[“”"]/g, '"');
}

/** The reply says the plan does not say it: not mentioned, or mentioned with no owner. */
export function saysNotSaid(reply: string): boolean {
  if (/没看懂|没太明白/.test(reply)) return false;
  return /没有(为|编号为|提到|指定|写明|点名|明确|说明|找到|涉及|这一项|这项|给出)|未(提到|指定|写明|点名|明确|涉及)|并未|不涉及|无法确定|不为/.test(
    reply,
  );
}

/** A figure said not to be given, with no goal or indicator card standing as the answer. */
export function saysNoFigure(reply: string): boolean {
  return /没有给出/.test(reply) && !/^【(?:指标|目标)[\d一二三四五六七八九十]/m.test(reply);
}

/** The reply says the plan does not give or mention what was asked (its opening, not a note under it). */
export function saysNotGiven(reply: string): boolean {
  return /方案(?:中)?没有(?:给出|提到)/.test(reply);
}

export const answerable = (e: Expected) =>
  Boolean(
    e.lead?.length ||
      e.role ||
      e.task ||
      e.indicator ||
      e.divisions ||
      e.supportShown ||
      e.mentions?.length ||
      e.yes !== undefined ||
      e.greeting,
  );

const ASKED = '(?:谁牵头|谁配合|搜索|目标与指标|是否[^:】]*|[^:】■]*还是[^:】]*)';
/**
 * Where a reply repeats what was typed (the first group): the subject in its title (`谁牵头:X`, `搜索:X`,
 * `是否投资处牵头:X`), each question's heading in a two-in-one (`■ 1. X`), and `没看懂“X”`.
 */
export const TYPED_ECHOES: readonly RegExp[] = [
  new RegExp(`^【${ASKED}:([^】]+)】$`, 'gm'),
  new RegExp(`^■ \\d+\\. ${ASKED}:(.+)$`, 'gm'),
  /没看懂“([^”]+)”/g,
];
/** Those, and the words it says the plan lacks (`方案中没有提到“X”`, `没有给出“X”的目标`, `没有一项任务专门讲“X”`). */
const QUESTION_ECHOES: readonly RegExp[] = [...TYPED_ECHOES, /没有[^“”\n]{0,12}“([^”]+)”/g];

/** The reply with its quotes of the question left out: words it only repeats show nothing asked. */
export function withoutEchoes(reply: string): string {
  let out = reply;
  for (const pattern of QUESTION_ECHOES)
    out = out.replace(pattern, (whole, echo: string) => whole.replace(echo, ''));
  return out;
}

/** What the reply got right: owners named, wrongly named, and whether everything asked is there. */
export function judge(reply: string, e: Expected) {
  const leads = ownersNamed(reply);
  const allowed = new Set(
    [...(e.lead ?? []), ...(e.role ? [e.role] : []), ...(e.alsoAllowed ?? [])].map(unitName),
  );
  // Co-operators are judged where the plan's are known (or where nobody may be named at all).
  const supportAllowed = e.support ? new Set(e.support.map(unitName)) : e.none ? allowed : undefined;
  const supporters = supportAllowed ? supportersNamed(reply) : [];
  const named = [...leads, ...supporters];
  const wrong = [
    ...leads.filter((d) => !allowed.has(d)),
    ...supporters.filter((d) => !supportAllowed?.has(d)),
  ];
  const expectedOwners = [...(e.lead ?? []), ...(e.role ? [e.role] : [])].map(unitName);
  const inOrder = expectedOwners.every((d, i) => leads[i] === d);
  const shown = asRead(withoutEchoes(reply));
  const supportText = supportLines(reply).map(asRead).join('\n');
  const parts = [
    ...(e.task ? [reply.includes(`任务 ${e.task} `)] : []),
    ...(e.indicator ?? []).map((ref) => reply.includes(`指标${ref} `)),
    ...(e.divisions ?? []).map((d) => reply.includes(`${d}的任务与目标`)),
    ...(e.supportShown ? (e.support ?? []).map((d) => supportText.includes(asRead(unitName(d)))) : []),
    ...(e.mentions ?? []).map((m) => shown.includes(asRead(m))),
    ...(e.echoes ?? []).map((m) => asRead(reply).includes(asRead(m))),
    ...(e.yes === undefined ? [] : [(verdictOf(reply) ?? impliedVerdict(leads, e.asked)) === e.yes]),
    ...(e.notSaid ? [saysNotSaid(reply)] : []),
    ...(e.noFigure ? [saysNoFigure(reply)] : []),
    ...(e.stated ? [!saysNotGiven(reply)] : []),
    // Said to the bot: answered in kind — not 没看懂, not a search of the plan, nobody named.
    ...(e.greeting ? [!/没看懂|没太明白|^【搜索/m.test(reply) && leads.length === 0] : []),
  ];
  const complete = inOrder && leads.length >= expectedOwners.length && parts.every(Boolean);
  return { named, wrong, complete };
}
