import { toHalfWidth } from '../text/normalise';
import type { DateForm } from './date-form';
import { DATE_PATTERNS } from './date-patterns';

// The date at the start of a text, read for its form only (no clock, no calendar): what was typed, what it
// says, and the text after it. Commands split a date from a reason, and `期限:` from the text after it, here.

export type DateScan =
  | { ok: true; form: DateForm; typed: string; rest: string }
  | { ok: false; typed: string; rest: string };

const LEAD_IN = String.raw`(?:(?:截至|截止(?:到|至|日期?)?|延期?至|延期?到|至|到)\s*)?`;
const BEFORE = '(?:之前|以前|前(?!期)|为止)?';
/** A date that runs on into a number was not read whole (`2026-12-311`, `12月3日1`). */
const RUNS_ON = /^(?:[\d〇零一二两三四五六七八九十]|[-/.]\d)/;

const compiled = DATE_PATTERNS.map((p) => ({
  ...p,
  regex: new RegExp(`^${LEAD_IN}(?:${p.pattern})${p.takesBefore ? BEFORE : ''}`),
}));

/** The date `text` starts with (full-width digits read as half-width); `typed` is the first word when none. */
export function scanDate(text: string): DateScan {
  const t = toHalfWidth(text).trim();
  let best: { form: DateForm; length: number } | undefined;
  for (const p of compiled) {
    const m = p.regex.exec(t);
    if (!m || (best && m[0].length <= best.length) || RUNS_ON.test(t.slice(m[0].length))) continue;
    const form = p.form(m.groups ?? {});
    if (form) best = { form, length: m[0].length };
  }
  if (!best) {
    const typed = /^\S*/.exec(t)![0];
    return { ok: false, typed, rest: t.slice(typed.length).trim() };
  }
  return {
    ok: true,
    form: best.form,
    typed: t.slice(0, best.length).trim(),
    rest: t.slice(best.length).trim(),
  };
}
