import { randomBytes } from 'node:crypto';
import type { ChangeMeta, Store } from '../store';

/**
 * The secret the dashboard signs with: the store's, made and kept on first need (32 random bytes). Called
 * inside a command's transaction it is recorded with the command's changes; outside one, on its own.
 */
export function signInSecret(store: Store, meta: ChangeMeta): string {
  const kept = store.signInSecret();
  if (kept) return kept;
  const secret = randomBytes(32).toString('base64url');
  store.keepSignInSecret(meta, secret);
  return secret;
}
