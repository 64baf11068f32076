import { ASKED_ROLE, ASKS_PERSON, ROLE_WORDS } from './grammar';
import type { Ask, ReadContext } from './reading';
import { roleWholeIn } from './role-whole-in';

/** Asks who or which: a role asked for its holders (`副组长是谁`, `专班成员有哪些`). */
const ASKS_HOLDER = /谁|哪些|哪几|哪个|哪位/;

/**
 * The role asked and its holder, longest role first (`专班组长` before `组长`), the role whole as asked
 * (`副组长` is not `组长`). A role of a body or with a qualifier that no measure names (`领导小组副组长` where
 * only 组长 is given) is said not to be named, beside the measure of its body (or of its noun) that names others.
 */
export function roleAsk(text: string, ctx: ReadContext): Ask | undefined {
  const asked = ASKED_ROLE.exec(text);
  const body = asked?.[1];
  const qualified = Boolean(body || asked?.[2]);
  if (!ASKS_PERSON.test(text) && !ROLE_WORDS.test(text) && !qualified) return undefined;
  const { measures } = ctx.knowledge.plan;
  const roles = measures.flatMap((m) => m.roles.map((r) => ({ ...r, measure: m })));
  const role = roles
    .filter((r) => roleWholeIn(text, r.role, r.measure.text))
    .sort((a, b) => b.role.length - a.role.length)[0];
  if (role) return { kind: 'role', role: role.role, holder: role.holder, measure: role.measure.index };
  if (!asked || !qualified || !(ASKS_PERSON.test(text) || ASKS_HOLDER.test(text))) return undefined;
  const noun = asked[3] as string;
  const measure = body
    ? measures.find((m) => m.text.includes(body))
    : measures.find((m) => m.roles.some((r) => r.role.includes(noun)));
  return measure ? { kind: 'role-unnamed', role: asked[0], measure: measure.index } : undefined;
}
