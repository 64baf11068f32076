import { createRequire } from 'node:module';
import type { pinyin as Pinyin } from 'pinyin-pro';

// How a character sounds, for reading a homophone typed on a pinyin keyboard (审记 for 审计, 功程 for 工程)
// as the plan's word. Readings are toneless and blur what speakers of the region and their keyboards blur:
// zh/z, ch/c, sh/s, and -ng/-n (振新 for 振兴). pinyin-pro does the character → reading table (a hand-made
// table of 20,000 characters would be worse); it is loaded on the first typo looked at, not at start.

let pinyin: typeof Pinyin | undefined;
const sounds = new Map<string, readonly string[]>();

const blur = (reading: string) =>
  reading
    .replace(/^([zcs])h/, '$1')
    .replace(/(in|en|an)g$/, '$1')
    .replace(/^l(?=[^ü])/, 'n');

/** The blurred toneless readings of one Chinese character (several for a polyphone); none for others. */
export function soundOf(ch: string): readonly string[] {
  const known = sounds.get(ch);
  if (known) return known;
  let found: readonly string[] = [];
  if (/\p{Script=Han}/u.test(ch)) {
    pinyin ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: typeof Pinyin }).pinyin;
    found = [...new Set(pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }).map(blur))];
  }
  sounds.set(ch, found);
  return found;
}
