import type { AccessFile } from '../../schemas';
import { StoreError } from '../../store-errors';
import type { ProposedOf } from '../proposed';

/** The dashboard's signing secret is made once; a one-time sign-in link is used once. */
export function checkSignIn(access: AccessFile, change: ProposedOf<'signin.secret' | 'signin.link'>): void {
  if (change.type === 'signin.secret') {
    if (access.secret) throw new StoreError('secret-exists', {});
  } else if (access.links[change.data.link] !== undefined) throw new StoreError('link-used', {});
}
