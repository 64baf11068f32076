import { createHash } from 'node:crypto';
import type { Reply } from '../../reply/reply';

// A card's stamp: what it shows, hashed to a few characters. Drawn again in a new state (an item closed, a
// note added, a form answered) a card gets a new stamp; the same content drawn twice gets the same one.

export function cardStamp(reply: Reply): string {
  return createHash('sha256').update(JSON.stringify(reply)).digest('base64url').slice(0, 12);
}
