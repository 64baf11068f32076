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

/**
 * The blurred toneless readings of one Chinese character; none for others. A typed character is heard in all
 * its readings (`every`); a character of the plan only in its usual one, so a rare reading (合 as ge) does
 * not make a common word (整个) a typo of the plan's (整合).
 */
export function soundOf(ch: string, every = true): readonly string[] {
  const key = `${every ? '*' : ''}${ch}`;
  const known = sounds.get(key);
  if (known) return known;
  let found: readonly string[] = [];
  if (/\p{Script=Han}/u.test(ch)) {
    pinyin ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: typeof Pinyin }).pinyin;
    found = [...new Set(pinyin(ch, { toneType: 'none', multiple: every, type: 'array' }).map(blur))];
  }
  sounds.set(key, found);
  return found;
}
