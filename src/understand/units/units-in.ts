import type { Division } from '../../plan/knowledge';
import type { ReadContext } from '../reading';
import type { Mention } from './mentions-of';
import { unitOutside } from './unit-outside';

/** A name typed as a unit's (`财政处`, `区税务局`): two characters at least before what makes it one. */
const UNIT_NAME = /^[省市区县]?[\u4e00-\u9fa5]{2,10}(?:委员会|管委会|中心|处|局|厅|委|办)$/;
/** Words that point or ask (`哪个处`, `这个处`, `各处`, `相关处`): never a unit's own name. */
const NOT_A_NAME = /[哪谁这那该本各其我咱他她它啥么]|什么|相关|有关/;
/** What joins the units of a list (`财政处和社保处`, `财政处、社保处`, `财政处跟社保处`). */
const UNIT_JOIN = /以及|还有|[和与及跟同、,，\s]/;

/** The units a text is made of, each the plan's (a mention) or a name typed as a unit's, joined by 和, 、 and the like. */
export function unitsIn(
  head: string,
  mentions: readonly Mention[],
  ctx: ReadContext,
): { divisions: Division[]; unlisted: string[] } | undefined {
  const divisions: Division[] = [];
  const unlisted: string[] = [];
  let at = 0;
  const gap = (to: number): boolean => {
    for (const piece of head.slice(at, to).split(UNIT_JOIN)) {
      if (!piece) continue;
      if (!UNIT_NAME.test(piece) || NOT_A_NAME.test(piece)) return false;
      const outside = unitOutside(piece, ctx, 0);
      if (!outside) return false;
      divisions.push(outside.division);
      unlisted.push(piece);
    }
    return true;
  };
  for (const m of mentions) {
    if (m.to > head.length) break;
    if (!gap(m.from)) return undefined;
    divisions.push(m.division);
    at = m.to;
  }
  if (!gap(head.length) || divisions.length === 0) return undefined;
  return { divisions, unlisted };
}
