// A mark before a unit in a table cell or a note (`★区发改委、统计局`) is no part of the unit's name. What it
// marks is what the plan's legend says (`带★的为牵头单位`, `注：★表示牵头部门`, `标※的为配合单位`): a marked
// unit is then written with that role (`区发改委（牵头）`), as a note says it; with no legend for it the mark
// is dropped and says nothing, so a 责任单位 list stays a list with no lead.

const MARKS = '★☆※▲△';
const LEGEND = new RegExp(
  `(?:带|标|标有|标注|标注有|注有|加|有|打|用)?\\s*[“"‘]?([${MARKS}])[”"’]?\\s*(?:号|符号|标记|标识)?\\s*(?:的|者|单位|部门)?\\s*(?:为|是|表示|代表|系|指)\\s*(牵头|主责|配合|协同|参与|协办)`,
  'g',
);
/** A mark opening a unit: at the start, after a separator, a bracket or a label's colon. */
const MARKED_UNIT = new RegExp(
  `(^|[|、，,；;：:\\s（(])([${MARKS}]+)\\s*([^${MARKS}、，,；;|（）()\\s]+(?:[（(][^（）()]{1,8}[)）])?)`,
  'g',
);

const UNIT_END = /(局|委|办|厅|部|署|院|处|室|中心|政府|单位|部门|集团|公司|海关|管委会|街道|[)）])$/;

/** The role each mark stands for, by the plan's legend. */
export function markLegend(paragraphs: readonly string[]): Map<string, '牵头' | '配合'> {
  const roles = new Map<string, '牵头' | '配合'>();
  for (const p of paragraphs)
    for (const m of p.matchAll(LEGEND)) {
      const mark = m[1] as string;
      if (!roles.has(mark)) roles.set(mark, /牵头|主责/.test(m[2] as string) ? '牵头' : '配合');
    }
  return roles;
}

/** Paragraphs with each unit's mark read: the role the legend gives it written after the name, else dropped. */
export function readUnitMarks(paragraphs: string[]): string[] {
  if (!paragraphs.some((p) => new RegExp(`[${MARKS}]`).test(p))) return paragraphs;
  const roles = markLegend(paragraphs);
  return paragraphs.map((p) =>
    new RegExp(LEGEND.source).test(p)
      ? p
      : p.replace(MARKED_UNIT, (_all, before: string, marks: string, unit: string) => {
          const role = [...marks].map((m) => roles.get(m)).find((r) => r !== undefined);
          // Only a unit's name takes the role (a marked task title just loses its mark); a name that
          // already carries its role in brackets keeps it.
          const written =
            role && UNIT_END.test(unit) && !/[（(](牵头|配合)[)）]$/.test(unit) ? `${unit}（${role}）` : unit;
          return `${before}${written}`;
        }),
  );
}
