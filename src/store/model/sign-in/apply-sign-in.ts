import type { AccessFile, JournalEvent } from '../../schemas';

/**
 * The signing secret made, or a sign-in link used. Links expired by now can never be used again anyway:
 * they are forgotten, so the file stays small.
 */
export function applySignIn(
  access: AccessFile,
  event: Extract<JournalEvent, { type: 'signin.secret' | 'signin.link' }>,
): AccessFile {
  if (event.type === 'signin.secret') return { ...access, seq: event.seq, secret: event.data.secret };
  const links: Record<string, string> = {};
  for (const [link, expires] of Object.entries(access.links)) if (expires > event.at) links[link] = expires;
  links[event.data.link] = event.data.expires;
  return { ...access, seq: event.seq, links };
}
