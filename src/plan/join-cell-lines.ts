// A table cell holds several lines when Word wraps it or a drafter puts one unit a line
// (`市发改委（牵头）` / `市财政局`). Units a line are a list (joined by 、); wrapped text runs on.

const UNIT_END =
  /(局|委|办|厅|部|署|院|处|室|科|股|社|站|所|队|馆|中心|政府|公司|集团|单位|部门|机构|小组|专班|[)）])$/;
const LIST_END = /[、，,；;。：:]$/;

export function joinCellLines(lines: string[], brokeEarly: (i: number) => boolean = () => true): string {
  let out = '';
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    if (!out) {
      out = line;
      return;
    }
    // A unit name that ended its line before the cell's edge is one entry of a list.
    const listed = UNIT_END.test(out) && !LIST_END.test(out) && brokeEarly(i - 1) && [...line].length <= 30;
    out += listed ? `、${line}` : line;
  });
  return out;
}
