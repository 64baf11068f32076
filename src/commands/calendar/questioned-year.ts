// A day of a past year, or beyond next year, set or deleted in the calendar is most often a typo (`2026-02-09`
// typed in January 2027): it is asked about, naming the year, and done only when confirmed.

export function questionedYear(days: readonly string[], today: string): string | undefined {
  const year = Number(today.slice(0, 4));
  for (const day of days) {
    const y = Number(day.slice(0, 4));
    if (y < year)
      return `${day} 是 ${y} 年(已经过去)的日子,今年是 ${year} 年。是不是想写 ${year}${day.slice(4)}?`;
    if (y > year + 1) return `${day} 是 ${y} 年的日子,比明年(${year + 1} 年)还远。是不是年份写错了?`;
  }
  return undefined;
}
