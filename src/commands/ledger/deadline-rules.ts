import { yearTypoHint } from '../../reply/year-typo-hint';

// Rules of the day for deadlines (the store cannot know today): a deadline more than ten years out is a
// typo (`3026-12-31`), an extension must not land before today. A past deadline at registration is
// accepted — findings are often registered after the date they were due.

export const MAX_YEARS_AHEAD = 10;

/** Why a deadline cannot be accepted as of `today`, or undefined when it can. */
export function deadlineProblem(date: string, today: string, extension: boolean): string | undefined {
  const limit = `${Number(today.slice(0, 4)) + MAX_YEARS_AHEAD}${today.slice(4)}`;
  if (date > limit) return `期限 ${date} 在 ${MAX_YEARS_AHEAD} 年以后(今天是 ${today}),请核对年份`;
  if (extension && date < today)
    return `新期限 ${date} 早于今天(${today}),延期后的期限不能在过去${yearTypoHint(date, today)}`;
  return undefined;
}
