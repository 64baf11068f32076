import { PADDING, SOCIAL_WORDS, THANKS_EMOJI } from './grammar';

export type SocialAct = keyof typeof SOCIAL_WORDS;

const ORDER: SocialAct[] = ['thanks', 'abilities', 'wishes', 'greeting', 'goodbye', 'acknowledge'];
// Longest first, so `谢谢你` is read before `谢谢`, and `哈喽` before the padding `哈`.
const WORDS = [
  ...ORDER.flatMap((act) => SOCIAL_WORDS[act].map((word) => ({ act: act as SocialAct | undefined, word }))),
  ...PADDING.map((word) => ({ act: undefined, word })),
].sort((a, b) => b.word.length - a.word.length);
const SPACE = /^[\s,，.。!！~～?？、…:：;；@]+/;
/** An emoji, with its modifiers and joiners. */
const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+/u;

/**
 * `你好`, `好的谢谢`, `收到，多谢`, `谢谢老师`, `👍`, `你能干啥`: a message made only of greetings, thanks,
 * acknowledgements, emoji and asking what the bot does (padding aside) is said to the bot, not asked of the
 * plan. The act that matters most wins: thanks, then what it can do, then wishes, then greeting.
 */
export function readSocial(text: string): SocialAct | undefined {
  let rest = text.toLowerCase().trim();
  const acts = new Set<SocialAct>();
  while (rest) {
    const space = SPACE.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const emoji = EMOJI.exec(rest);
    if (emoji) {
      acts.add(THANKS_EMOJI.test(emoji[0]) ? 'thanks' : 'acknowledge');
      rest = rest.slice(emoji[0].length);
      continue;
    }
    const found = WORDS.find((w) => rest.startsWith(w.word));
    if (!found) return undefined;
    if (found.act) acts.add(found.act);
    rest = rest.slice(found.word.length);
  }
  return ORDER.find((act) => acts.has(act));
}
