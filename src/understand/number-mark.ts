import { numeralValue } from './numeral-value';

// A number as the plan writes it, as a key that ignores its spelling: `（八）` and `(八)` are `paren-han:8`,
// `（8）` and `8）` are `paren:8`, `8.` and `8、` are `dot:8`, `第二十条` is `article:20`, `三、` is `part:3`,
// `第三章` and `第三部分` are `part:3`, `①` is `circled:1`, `⑴` is `paren:1`, a table's `8` is `plain:8`.

const FORMS: [RegExp, string][] = [
  [/^[(（]\s*([一二两三四五六七八九十百零〇]+)\s*[)）]/, 'paren-han'],
  [/^[(（]?\s*(\d{1,3})\s*[)）]/, 'paren'],
  [/^(\d{1,3})\s*[.．、]/, 'dot'],
  [/^第\s*(\d{1,3}|[一二两三四五六七八九十百零〇]+)\s*条/, 'article'],
  [/^第\s*(\d{1,3}|[一二两三四五六七八九十百零〇]+)\s*(?:章|部分|篇)/, 'part'],
  [/^([一二两三四五六七八九十百]+)\s*[、.．]/, 'part'],
  [/^(\d{1,3})$/, 'plain'],
];

export function numberMark(written: string): { key: string; value: number } | undefined {
  const t = written.trim();
  const circled = /^[①-⑳]/.exec(t);
  if (circled) {
    const value = (circled[0].codePointAt(0) as number) - 0x2460 + 1;
    return { key: `circled:${value}`, value };
  }
  const paren = /^[⑴-⒇]/.exec(t);
  if (paren) {
    const value = (paren[0].codePointAt(0) as number) - 0x2473;
    return { key: `paren:${value}`, value };
  }
  for (const [re, form] of FORMS) {
    const m = re.exec(t);
    if (!m) continue;
    const value = numeralValue(m[1] as string);
    if (!Number.isNaN(value)) return { key: `${form}:${value}`, value };
  }
  return undefined;
}
