// Whether a paraphrase found for a word asked is that very term: a short form of it (社零 of
// 社会消费品零售总额, 规上 of 规模以上 — every character of the shorter, in order, in the longer) or a Latin
// acronym of it (CPI, GDP). 绿色低碳 is not 碳达峰: a related term is not the term asked about.

export function sameTerm(asked: string, found: string): boolean {
  if (asked === found) return true;
  if (/^[a-z0-9]+$/i.test(asked) || /^[a-z0-9]+$/i.test(found)) return true;
  const [short, long] = [...asked].length <= [...found].length ? [asked, found] : [found, asked];
  let at = 0;
  for (const ch of long) if (ch === [...short][at]) at += 1;
  return at === [...short].length && long.startsWith([...short][0] as string);
}
