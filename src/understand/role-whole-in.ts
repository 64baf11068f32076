import { ROLE_BODY, ROLE_QUALIFIER } from './grammar';

const BODY_ANYWHERE = new RegExp(ROLE_BODY.source.replace(/\$$/, ''), 'g');

/** The places `role` stands whole in `text`: no qualifier before it (副组长 is not 组长), with the body before it. */
function wholePlaces(text: string, role: string): { body?: string }[] {
  const places: { body?: string }[] = [];
  for (let at = text.indexOf(role); at >= 0; at = text.indexOf(role, at + 1)) {
    const before = text.slice(0, at);
    if (!ROLE_QUALIFIER.test(before)) {
      const body = [...before.matchAll(BODY_ANYWHERE)].pop()?.[0];
      places.push(body ? { body } : {});
    }
  }
  return places;
}

const sameBody = (a: string, b: string) => a.endsWith(b) || b.endsWith(a);

/**
 * Whether `text` asks `role` as a whole role, not as part of another one: `副组长是谁` holds 组长 but asks
 * 副组长. A body asked with it (`专班组长`, `领导小组成员`) must be the body the measure gives the role in — the
 * last one its text names before the role (`领导小组…由局主要领导任组长`) — or, where it names none before it, one
 * the text names at all.
 */
export function roleWholeIn(text: string, role: string, measureText: string): boolean {
  const given = wholePlaces(measureText, role);
  for (let at = text.indexOf(role); at >= 0; at = text.indexOf(role, at + 1)) {
    const before = text.slice(0, at);
    if (ROLE_QUALIFIER.test(before)) continue;
    const body = ROLE_BODY.exec(before)?.[0];
    if (!body) return true;
    const bodies = given.flatMap((p) => (p.body ? [p.body] : []));
    if (bodies.some((b) => sameBody(b, body))) return true;
    if (bodies.length < given.length && measureText.includes(body)) return true;
  }
  return false;
}
