import { ASKS_PERSON, ROLE_WORDS } from './grammar';
import type { Ask, ReadContext } from './reading';

/** The role asked and its holder, longest role first (`专班组长` before `组长`). */
export function roleAsk(text: string, ctx: ReadContext): Ask | undefined {
  if (!ASKS_PERSON.test(text) && !ROLE_WORDS.test(text)) return undefined;
  const roles = ctx.knowledge.plan.measures.flatMap((m) => m.roles.map((r) => ({ ...r, measure: m.index })));
  const role = roles.filter((r) => text.includes(r.role)).sort((a, b) => b.role.length - a.role.length)[0];
  return role ? { kind: 'role', role: role.role, holder: role.holder, measure: role.measure } : undefined;
}
