import { SECRETARIAT } from '../reports/reminder-mentions';
import { displayName, type Store } from '../store';

// Who sees what follows the roster, asked again at every page (a person removed from it sees nothing at
// once, whatever their session): 秘书处 and admins see every division, a division's members their own, anyone
// else nothing.

export type Viewer =
  | { openId: string; name: string; scope: 'all'; as: '管理员' | '秘书处' }
  | { openId: string; name: string; scope: 'division'; division: string; as: '处长' | '成员' };

export function viewerOf(openId: string, store: Store, admins: ReadonlySet<string>): Viewer | undefined {
  const member = store.member(openId);
  const name = displayName(store, openId);
  if (admins.has(openId)) return { openId, name, scope: 'all', as: '管理员' };
  if (member?.division === SECRETARIAT) return { openId, name, scope: 'all', as: '秘书处' };
  if (member) return { openId, name, scope: 'division', division: member.division, as: member.role };
  return undefined;
}

/** The division a viewer is limited to, if any. */
export const viewerDivision = (viewer: Viewer): string | undefined =>
  viewer.scope === 'division' ? viewer.division : undefined;
