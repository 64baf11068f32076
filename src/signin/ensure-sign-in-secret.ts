import type { ChangeMeta, Store } from '../store';
import { signInSecret } from './sign-in-secret';

/**
 * The sign-in secret for a door outside any command (a page, the start-up link): made in a transaction of its
 * own when there is none yet, so it waits its turn behind a command's open transaction instead of failing.
 */
export async function ensureSignInSecret(store: Store, meta: Omit<ChangeMeta, 'messageId'>): Promise<string> {
  const kept = store.signInSecret();
  if (kept) return kept;
  await store.transact({}, () => {
    signInSecret(store, meta);
    return { signInSecret: 'kept' };
  });
  return store.signInSecret()!;
}
