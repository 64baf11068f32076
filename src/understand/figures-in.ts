import { numeralValue } from './numeral-value';

// The figures a text states, each with its value, its measure word and its qualifiers as written (`15个以上`,
// `不少于200人次`, `1万个`, `95%`, `二十个`). Years (`2022年`), ordinals (`第3`) and digits inside a term (`5G`) are no figures.

export interface StatedFigure {
  /** As written, qualifier included (`15个以上`). */
  written: string;
  value: number;
  /** The measure word (`个`, `家`, `%`), if any; 万/亿 are part of the value. */
  unit?: string;
  /** Where it starts in the text. */
  at: number;
}

export const FIGURE_UNITS = '%|公里|人次|[个项家所批件处人次户名座套场台辆亩元条倍遍]';
const NUMBER = '\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+';
const STATED = new RegExp(
  `(?:不少于|不低于|不超过|至少|超过|力争)?(?<![\\d.第])(${NUMBER})\\s*(万|亿)?\\s*(${FIGURE_UNITS})?\\s*(以上|以下|左右|以内|及以上)?(?![\\dA-Za-z年月日])`,
  'g',
);

/** The value of a number as written, with 万/亿 (`1万` → 10000), or NaN. */
export function figureValue(number: string, scale?: string): number {
  const n = /^\d/.test(number) ? Number(number) : numeralValue(number);
  return n * (scale === '亿' ? 1e8 : scale === '万' ? 1e4 : 1);
}

export function figuresIn(text: string): StatedFigure[] {
  const out: StatedFigure[] = [];
  for (const m of text.matchAll(STATED)) {
    const [written, number, scale, unit] = m;
    // A Chinese numeral counts only with a measure word (`二十个`): alone it is a word's character (统一).
    if (!/^\d/.test(number as string) && !unit) continue;
    const value = figureValue(number as string, scale);
    if (Number.isNaN(value)) continue;
    out.push({ written: written.trim(), value, ...(unit ? { unit } : {}), at: m.index });
  }
  return out;
}
