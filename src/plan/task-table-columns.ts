// The columns of a task table's header: the task columns (重点任务, 工作内容, 具体举措 …) and the unit
// columns with the label a note would give them (牵头单位 leads, 配合单位 supports, 责任单位 leads unless
// a 牵头 column stands beside it). People (责任领导) and deadlines (完成时限) are neither. A numbered table
// whose task column carries a word of its own (`| 序号 | 民生实事 | 责任单位 |`) is one too: there, the
// column just before the units is the task.

const UNIT_HEADER =
  /(牵头|责任|主责|主办|承办|实施|负责|配合|协同|协办|协作|参与|协助)(单位|部门|处室|科室|股室|机构|主体)|^(牵头|配合|责任单位)$/;
const NOT_UNIT_HEADER = /领导|责任人|联系人|人员/;
const TASK_HEADER = /任务|工作|事项|内容|举措|措施|项目|行动|名称|要求|目标/;
const NOT_TASK_HEADER = /序号|编号|时限|时间|进度|进展|期限|备注|完成|节点|领导/;
const NUMBER_HEADER = /^(序号|编号|序)$/;
/** Columns of people, contacts or figures: never what a row is about. */
const NOT_TEXT_HEADER = /人|电话|联系|地址|金额|资金|投资|万元|亿元|数量|规模|类别|分类|类型|领域|区域|地点/;

export interface TaskTableColumns {
  task: number[];
  units: { at: number; label: string }[];
}

export function taskTableColumns(header: string[]): TaskTableColumns | undefined {
  const units = header
    .map((h, at) => ({ h: h.replace(/\s/g, ''), at }))
    .filter(({ h }) => UNIT_HEADER.test(h) && !NOT_UNIT_HEADER.test(h))
    .map(({ h, at }) => ({
      at,
      // The label a note would carry: 牵头 leads, 配合/协同/参与 support, 责任 leads unless a 牵头 column exists.
      label: /牵头|主责|主办/.test(h)
        ? '牵头单位'
        : /配合|协同|协办|协作|参与|协助/.test(h)
          ? '配合单位'
          : '责任单位',
    }));
  if (units.length === 0) return undefined;
  const task = header
    .map((h, at) => ({ h, at }))
    .filter(({ h, at }) => TASK_HEADER.test(h) && !NOT_TASK_HEADER.test(h) && !units.some((u) => u.at === at))
    .map(({ at }) => at);
  if (task.length > 0) return { task, units };
  // No header word says `task`: a 序号 column and the column right before the first unit column, when that
  // one is a column of text (not the number, a person, a date or a figure), name the rows' tasks.
  const names = header.map((h) => h.replace(/\s/g, ''));
  const numberAt = names.findIndex((h) => NUMBER_HEADER.test(h));
  const before = (units[0]?.at ?? 0) - 1;
  const name = names[before] ?? '';
  const textual =
    /^\p{Script=Han}{2,8}$/u.test(name) && !NOT_TASK_HEADER.test(name) && !NOT_TEXT_HEADER.test(name);
  if (numberAt < 0 || before <= numberAt || !textual) return undefined;
  return { task: [before], units };
}
