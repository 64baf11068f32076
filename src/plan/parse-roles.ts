// Roles and units a safeguard measure names: `由局主要领导任组长`, `秘书处负责牵头抓总、跟踪督办`,
// `各处室(中心)主要负责人为成员`, `专班办公室设在市发展改革委`, and the divisions, 工作专班 and 领导小组 it mentions.

export interface RoleHolder {
  role: string;
  holder: string;
}

const ROLE_NOUN = /(组长|副组长|主任|副主任|召集人|成员|联络员|秘书长)$/;
const LEADING_FILLER = /^(其中|并|同时|另外|此外|具体|主要|而)+/;

function push(out: RoleHolder[], role: string, holder: string): void {
  const r = role.trim();
  const h = holder.trim().replace(LEADING_FILLER, '');
  if (r.length === 0 || h.length === 0) return;
  if (!out.some((x) => x.role === r && x.holder === h)) out.push({ role: r, holder: h });
}

export function parseRoles(text: string): RoleHolder[] {
  const out: RoleHolder[] = [];
  const found: { at: number; role: string; holder: string }[] = [];
  // 由X任Y — X may hold a comma (`由协管秘书处,分管局办公室…的局领导任副组长`); 主任/责任 are not `任`.
  const covered: [number, number][] = [];
  for (const m of text.matchAll(/由([^。；;由]{2,60}?)(?<![主责担])任([^，,。；;、\s]{1,10})/g)) {
    found.push({ at: m.index ?? 0, role: m[2] as string, holder: m[1] as string });
    covered.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  const inCovered = (at: number) => covered.some(([from, to]) => at >= from && at < to);
  // X负责Y — not `负责人`.
  for (const m of text.matchAll(
    /(?:^|[，,。；;：:])([^，,。；;：:由]{2,24}?)负责(?!人|同志)([^，,。；;]{2,40})/g,
  )) {
    found.push({ at: m.index ?? 0, role: m[2] as string, holder: m[1] as string });
  }
  // X任Y / X为Y where Y is a role noun (`各处室(中心)主要负责人为成员`).
  for (const m of text.matchAll(
    /(?:^|[，,。；;：:])([^，,。；;：:由]{2,30}?)(?<![主责担])(?:任|为|担任)([^，,。；;、]{1,8})/g,
  )) {
    if (ROLE_NOUN.test(m[2] as string) && !inCovered((m.index ?? 0) + 1))
      found.push({ at: m.index ?? 0, role: m[2] as string, holder: m[1] as string });
  }
  // X设在Y (`专班办公室设在市发展改革委`): where an office sits is who holds it.
  for (const m of text.matchAll(
    /(?:^|[，,。；;：:])([^，,。；;：:]{2,20}?)(?:设在|设于)([^，,。；;、\s]{2,20})/g,
  ))
    found.push({ at: m.index ?? 0, role: `${m[1] as string}设在`, holder: m[2] as string });
  found.sort((a, b) => a.at - b.at);
  for (const f of found) push(out, f.role, f.holder);
  return out;
}

const COLLECTIVE_PREFIX = /^(各|相关|有关|其他|其余|牵头|配合|所有|全体|本|该|每个)/;
/** A bureau division as written: `局办公室`, `法规处`, `秘书处`, `信息中心`. */
export const DIVISION_LIKE = /^局?[\u4e00-\u9fa5]{1,8}?(处|室|科|股|中心|办公室)$/;
const SPLITTERS =
  /[，,。；;、：:\s()（）]|协管|分管|联系|由|其中|负责|的|和|与|及|会同|配合|牵头|担任|任|为|对|在|将|把|根据|下设|成立|应|承担|督促|指导/;

/** Units a text names: division-like words, 工作专班/领导小组, and any `known` unit it contains. */
export function findUnits(text: string, known: string[] = []): string[] {
  const hits: { at: number; unit: string }[] = [];
  let offset = 0;
  for (const piece of text.split(new RegExp(SPLITTERS.source, 'g'))) {
    const at = text.indexOf(piece, offset);
    if (piece.length > 0 && at >= 0) {
      offset = at + piece.length;
      if (
        DIVISION_LIKE.test(piece) &&
        !COLLECTIVE_PREFIX.test(piece) &&
        !/处室|股室|科室|相关|有关|其他/.test(piece)
      ) {
        hits.push({ at, unit: piece });
      }
    }
  }
  for (const m of text.matchAll(/工作专班|领导小组/g)) hits.push({ at: m.index ?? 0, unit: m[0] });
  for (const unit of known) {
    const at = text.indexOf(unit);
    if (at >= 0) hits.push({ at, unit });
  }
  hits.sort((a, b) => a.at - b.at);
  const units: string[] = [];
  for (const { unit } of hits) if (!units.includes(unit)) units.push(unit);
  return units;
}
