import { SOCIAL_WORDS } from './grammar';

const WISHES = [...SOCIAL_WORDS.wishes].sort((a, b) => b.length - a.length);

/** The first wish a message says (`祝大家新年快乐、万事如意` → 新年快乐), to be said back in kind. */
export function wishSaid(text: string): string | undefined {
  let first: { at: number; wish: string } | undefined;
  for (const wish of WISHES) {
    const at = text.indexOf(wish);
    if (at >= 0 && (!first || at < first.at)) first = { at, wish };
  }
  return first?.wish;
}
