import { COUNT_ASKED, FIGURE_GENERIC, FIGURE_MEASURES, RATE_ASKED, TOTAL_ASKED, YEAR_ASKED } from './grammar';
import { verbatimSpans } from './verbatim-spans';

// What a figure question asks about: the measured thing (its distinctive words, `政府债务`, `经济责任`,
// `农民收入`) and how it is measured (a count in a unit, a coverage, a growth, a rate). Generic words of the
// genre (审计, 项目, 覆盖率, 目标, 每年) name no thing: a target that shares only those does not answer it.

export type FigureMeasure =
  | { kind: keyof typeof FIGURE_MEASURES }
  | { kind: 'count'; unit?: string }
  | { kind: 'rate'; word: string };

export interface FigureAsk {
  /** Runs of the measured thing's words, each of two characters or more, in question order. */
  thing: string[];
  measures: FigureMeasure[];
  /** Asked per year (`每年`, `年均`): a figure stated over several years (`三年新引进…`) is not that. */
  perYear?: true;
  /**
   * A total asked (`审计项目总数`, `一共多少`): a target counting one kind of the thing (重大政策跟踪审计项目数 of
   * 审计项目) is not it, nor is a figure stated per year when no year is asked.
   */
  total?: true;
  /**
   * The plan's own words for a run, where the question said them otherwise (`固投` → `固定资产投资`,
   * `cpi控制在` → `居民消费价格控制在`): a text holding either holds the run.
   */
  said?: Record<string, string[]>;
  /**
   * The item was found to be about the thing already (the task a who question would name): its words need
   * only be in it, not as written (`居民收入` in `城乡居民人均可支配收入`).
   */
  loose?: true;
  /** The year asked about (`2020年人才总量`), and whether the plan's period holds it. */
  year?: { year: number; inPeriod: boolean };
}

/** A word of the question and the plan's word for it (a paraphrase or short form the evidence read). */
export interface SaidAs {
  asked: string;
  found: string;
}

const PER_YEAR = /每年|每一年|年均|一年/;

/** The measures a text asks, and the text with their words cut. */
function measuresOf(text: string): { measures: FigureMeasure[]; rest: string } {
  let rest = text.replace(/\s+/g, ' ');
  const measures: FigureMeasure[] = [];
  for (const [kind, re] of Object.entries(FIGURE_MEASURES) as [keyof typeof FIGURE_MEASURES, RegExp][]) {
    if (rest.match(re)) {
      measures.push({ kind });
      rest = rest.replace(re, ' ');
    }
  }
  for (const m of rest.matchAll(COUNT_ASKED))
    measures.push({ kind: 'count', ...(m[1] ? { unit: m[1] } : {}) });
  rest = rest.replace(COUNT_ASKED, ' ');
  for (const m of rest.matchAll(RATE_ASKED)) measures.push({ kind: 'rate', word: m[0] });
  rest = rest.replace(RATE_ASKED, ' ');
  // `要覆盖多少`: a coverage; `覆盖多少个部门`: a count of what is covered.
  if (rest.includes('覆盖') && !measures.some((m) => m.kind === 'count' || m.kind === 'coverage'))
    measures.push({ kind: 'coverage' });
  return { measures, rest };
}

/**
 * `question` as typed (its asking words say how the figure is measured: 多少个, 几家), `subject` what it is
 * about once question words are cut and typos read (its words are the thing).
 */
export function figureAskOf(
  question: string,
  subject: string,
  inPlan?: (s: string) => boolean,
  saidAs: readonly SaidAs[] = [],
  period?: { from: number; to: number },
): FigureAsk {
  const { measures } = measuresOf(question);
  const asked = YEAR_ASKED.exec(question);
  const year = asked ? Number(asked[1]) : undefined;
  // The year is when, not what: cut from the thing.
  const { rest } = measuresOf(asked ? subject.replace(YEAR_ASKED, ' ') : subject);
  const runs = (t: string) =>
    t
      .replace(FIGURE_GENERIC, ' ')
      .split(/[^\u4e00-\u9fa5A-Za-z0-9+]+/)
      .filter((run) => [...run].length >= 2 && !/^\d+$/.test(run));
  // The plan's own words stay whole (`技能大师工作室`); genre words are cut around them, and a run that is
  // only genre words (`审计项目`) is no thing.
  const chars = [...rest];
  const thing: string[] = [];
  let at = 0;
  for (const { from, to } of inPlan ? verbatimSpans(rest, inPlan) : []) {
    thing.push(...runs(chars.slice(at, from).join('')));
    const word = chars.slice(from, to).join('');
    // Kept when two characters or more are no genre word, together or apart (稳就业: 就 is a genre word's
    // character, 稳…业 still a thing).
    if (runs(word).length > 0 || word.replace(FIGURE_GENERIC, '').length >= 2) thing.push(word);
    at = to;
  }
  thing.push(...runs(chars.slice(at).join('')));
  const said: Record<string, string[]> = {};
  for (const run of thing) {
    const forms = saidAs.filter((p) => run.includes(p.asked)).map((p) => run.replace(p.asked, p.found));
    if (forms.length > 0) said[run] = [...new Set(forms)];
  }
  return {
    thing,
    measures,
    ...(PER_YEAR.test(question) ? { perYear: true as const } : {}),
    // A total is of a count or an amount: `完成率一共要多少` asks the rate.
    ...(TOTAL_ASKED.test(question) && measures.every((m) => m.kind === 'count' || m.kind === 'amount')
      ? { total: true as const }
      : {}),
    ...(Object.keys(said).length > 0 ? { said } : {}),
    ...(year
      ? { year: { year, inPeriod: period !== undefined && period.from <= year && year <= period.to } }
      : {}),
  };
}
