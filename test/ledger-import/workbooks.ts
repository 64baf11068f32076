import ExcelJS from 'exceljs';

// Workbooks shaped like a bureau's own 台账, built with exceljs in the test: merged title rows above the header,
// header wordings of different years, Excel date cells, serials and text dates, amounts with units or blank,
// a 合计 row, one sheet per year.

type Cell = string | number | Date | null;

export interface SheetSpec {
  name: string;
  /** Rows above the header, each merged across the header's width. */
  titles?: string[];
  /** The header; with `subHeader`, a null after a text is that text's group merged across, a column with no
   * sub-header is merged down both rows. */
  header: (string | null)[];
  /** A second header row under the first (整改情况 over 已整改 / 未整改). */
  subHeader?: (string | null)[];
  rows: Cell[][];
}

export async function workbook(sheets: SheetSpec[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name);
    let r = 1;
    for (const title of spec.titles ?? []) {
      sheet.mergeCells(r, 1, r, spec.header.length);
      sheet.getCell(r, 1).value = title;
      r += 1;
    }
    spec.header.forEach((value, i) => {
      if (value !== null) sheet.getCell(r, i + 1).value = value;
    });
    if (spec.subHeader) {
      const sub = spec.subHeader;
      sub.forEach((value, i) => {
        if (value !== null) sheet.getCell(r + 1, i + 1).value = value;
      });
      spec.header.forEach((value, i) => {
        if (value === null) return;
        let end = i;
        while (end + 1 < spec.header.length && spec.header[end + 1] === null) end += 1;
        if (end > i) sheet.mergeCells(r, i + 1, r, end + 1);
        else if (sub[i] === null || sub[i] === undefined) sheet.mergeCells(r, i + 1, r + 1, i + 1);
      });
      r += 1;
    }
    for (const row of spec.rows) {
      r += 1;
      row.forEach((value, i) => {
        const cell = sheet.getCell(r, i + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      });
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A date cell as Excel holds it: the wall-clock day at UTC midnight. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The bureau's 2025 ledger: two title rows, the header of issue 20, seven rows, a 合计 row. */
export const LEDGER_2025: SheetSpec = {
  name: '2025年',
  titles: ['2025年度审计查出问题整改台账', '填报单位:秘书处   单位:万元'],
  header: [
    '序号',
    '被审计单位',
    '审计发现问题',
    '问题金额（万元）',
    '整改责任单位',
    '整改时限',
    '整改责任人',
    '整改情况',
    '整改状态',
    '销号时间',
    '备注',
    '责任处室',
  ],
  rows: [
    [
      1,
      '市社保中心',
      '专项资金结存未使用',
      120.5,
      '市社保中心',
      day('2025-06-30'),
      '王五',
      '已上缴财政',
      '已销号',
      day('2025-05-20'),
      null,
      '社保处',
    ],
    [
      2,
      '市民政局',
      '多发困难群众补助',
      '35',
      '市民政局',
      '2026.6.30',
      '李四',
      '已追回一半',
      '整改中',
      null,
      null,
      '社保处',
    ],
    [
      3,
      '市教育局',
      '校舍维修未按规定招标',
      null,
      '市教育局',
      46203,
      null,
      null,
      '持续整改',
      null,
      '需跟踪',
      '教科文处',
    ],
    [
      4,
      '市卫健委',
      '挤占专项资金',
      '3000元',
      '市卫健委',
      '2026年6月底',
      null,
      null,
      '未整改',
      null,
      null,
      '社保处',
    ],
    [
      5,
      '市交通局',
      '超标准配备公务用车',
      null,
      '市交通局',
      '2025/12/31',
      null,
      '车辆已移交',
      '已整改',
      null,
      null,
      '投资处',
    ],
    [null, null, null, null, null, null, null, null, null, null, null, null],
    ['合计', null, null, 155.8, null, null, null, null, null, null, null, null],
  ],
};

/** The 2024 ledger, in another year's wording: no 处室 column (the sheet is named after its division). */
export const LEDGER_2024_INVEST: SheetSpec = {
  name: '投资处2024',
  header: ['问题编号', '单位', '问题描述', '涉及金额(元)', '完成时限', '状态', '完成时间', '整改措施'],
  rows: [
    ['TZ-01', '市城投公司', '工程结算多计价款', 1250000, '2024-10-31', '已销号', '2024-10-15', '已核减'],
    ['TZ-02', '市住建局', '项目未批先建', null, '12月31日', '整改中', null, '正在补办手续'],
  ],
};

/** A county's ledger with a two-level header: 问题金额（万元） over 合计 / 其中:已整改, 整改情况 over ticked
 * 已整改 / 部分整改 / 未整改; 处室 written the long way or not on the roster. */
export const LEDGER_TWO_LEVEL: SheetSpec = {
  name: '2025年度',
  titles: ['2025年度审计查出问题整改台账'],
  header: [
    '序号',
    '被审计单位',
    '审计发现问题',
    '问题金额（万元）',
    null,
    '整改时限',
    '整改情况',
    null,
    null,
    '责任处室',
  ],
  subHeader: [null, null, null, '合计', '其中:已整改', null, '已整改', '部分整改', '未整改', null],
  rows: [
    [1, '市财政局', '专项资金滞留', '1.2亿', 5000, day('2025-06-30'), '√', null, null, '社保审计处'],
    [2, '市水利局', '工程未招标', 35, null, '2026年底', null, '已招标一半', null, '投资处'],
    [3, '市文广局', '资产未入账', null, null, '长期坚持', null, null, '√', '文化处'],
    [4, '市体育局', '场馆收入未入账', 8, null, '2026.3.31', '√', null, '√', '财政处'],
  ],
};
