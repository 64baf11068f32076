import { z } from 'zod';
import { toHalfWidth } from '../text/normalise';
import paraphrasesFile from './paraphrases.json';

// The field's common paraphrases (保障房 ↔ 保障性租赁住房 …) live in paraphrases.json beside this file:
// general vocabulary for any plan of the genre, normalised as questions are. Imported, not read from disk,
// so the built server (`npm start` runs a bundle in dist/) carries it inside the bundle.

const File = z.object({
  about: z.string(),
  groups: z.array(z.array(z.string().min(2)).min(2)),
});

let groups: string[][] | undefined;

/** Each group: words that say the same thing, normalised (half-width, lower case). */
export function paraphraseGroups(): string[][] {
  groups ??= File.parse(paraphrasesFile).groups.map((g) => [
    ...new Set(g.map((w) => toHalfWidth(w).toLowerCase())),
  ]);
  return groups;
}
