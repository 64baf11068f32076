/**
 * The phrases asked that hold the words the plan lacks (`城市更新` for 更新 where the plan has 城市): what the
 * plan does not mention is the phrase, not a fragment of it. A word not found as typed stays as it is.
 */
export function phrasesAsked(asked: string, missing: readonly string[]): string[] {
  const phrases = asked.split(/\s+/).filter(Boolean);
  return [...new Set(missing.map((m) => phrases.find((p) => p.includes(m)) ?? m))];
}
