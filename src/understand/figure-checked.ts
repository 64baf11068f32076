import { FIGURE_UNITS, figureValue } from './figures-in';
import { TARGET_NOUNS } from './grammar';

// A yes/no on a figure (`2022年创新平台目标是20个吗`, `5G基站是不是2600个`): the figure asked, and the question
// with it cut (what the figure is of). A bare number (`是3.3吗`) is a figure only where the question names a
// target (目标, 指标): else it may be a task's number.

export interface CheckedFigure {
  written: string;
  value: number;
  unit?: string;
}

const NUMBER = '\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+';
const FIGURE = `(${NUMBER})\\s*(万|亿)?\\s*(${FIGURE_UNITS})?\\s*(?:以上|以下|左右|以内)?`;
/**
 * `是20个吗`, `达到95%对吧`, `要增长20%吗`: the verdict words close the question. 是/为 before the figure are cut with
 * it; a verb of the measure (达到, 增长) stays, as it says what is measured.
 */
const CLOSED = new RegExp(
  `(?:是|为)?\\s*${FIGURE}\\s*(?:吗|嘛|么|吧|对吗|对吧|对不对|是吧|没错吧)[?？!！。\\s]*$`,
);
/** `是不是20个`, `是否达到95%`: the verdict words open the figure. */
const OPENED = new RegExp(`(?:是不是|是否(?:是|为|有|达到)?)\\s*${FIGURE}(?=[\\s?？!！。吗呢啊]|$)`);

export function figureChecked(text: string): { figure: CheckedFigure; rest: string } | undefined {
  const m = CLOSED.exec(text) ?? OPENED.exec(text);
  if (!m) return undefined;
  const [whole, number, scale, unit] = m;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + whole.length)}`.trim();
  if (!unit && (!/^\d/.test(number as string) || !new RegExp(TARGET_NOUNS.source).test(rest)))
    return undefined;
  const value = figureValue(number as string, scale);
  if (Number.isNaN(value)) return undefined;
  const written = whole.replace(/^(?:是不是|是否(?:是|为|有|达到)?|是|为)\s*/, '');
  return {
    figure: {
      written: written.replace(/(?:吗|嘛|么|吧|对吗|对吧|对不对|是吧|没错吧)[?？!！。\s]*$/, '').trim(),
      value,
      ...(unit ? { unit } : {}),
    },
    rest,
  };
}
