// The one mapping table of a 台账's columns: each field the import reads, and the headers bureaus give it,
// most specific first (when two columns name the same field, the one named earlier here is read). Headers are
// compared after normaliseHeader: spaces gone, brackets half-width, a unit in brackets set apart.

export type LedgerField =
  | 'original'
  | 'unit'
  | 'issue'
  | 'amount'
  | 'rectified'
  | 'deadline'
  | 'responsible'
  | 'note'
  | 'state'
  | 'close'
  | 'remark'
  | 'division'
  | 'kind'
  | 'task';

export const LEDGER_FIELDS: Readonly<Record<LedgerField, readonly string[]>> = {
  original: ['原编号', '问题编号', '问题序号', '编号', '序号'],
  unit: [
    '整改责任单位',
    '责任单位',
    '整改单位',
    '被审计单位',
    '被审计单位名称',
    '审计对象',
    '单位名称',
    '单位',
  ],
  issue: [
    '审计发现问题',
    '审计发现的问题',
    '问题描述',
    '问题内容',
    '存在问题',
    '存在的问题',
    '主要问题',
    '发现问题',
    '问题事项',
    '问题摘要',
    '审计查出问题',
    '问题',
  ],
  amount: ['问题金额', '涉及金额', '问题涉及金额', '违规金额', '金额'],
  rectified: ['整改金额', '已整改金额', '整改到位金额', '挽回金额'],
  deadline: [
    '整改时限',
    '整改期限',
    '完成时限',
    '整改完成时限',
    '规定整改时限',
    '计划完成时间',
    '整改截止时间',
    '截止时间',
    '截止日期',
    '期限',
  ],
  responsible: ['整改责任人', '责任人', '联系人'],
  note: ['整改情况', '整改进展', '整改措施', '整改落实情况', '整改进度', '整改进展情况', '整改措施及进展'],
  state: ['整改状态', '状态', '是否整改', '是否完成整改', '整改结果', '是否销号'],
  close: ['销号时间', '销号日期', '完成时间', '实际完成时间', '整改完成时间', '整改完成日期', '销号'],
  remark: ['备注', '说明'],
  division: ['处室', '责任处室', '主办处室', '跟踪处室', '承办处室', '牵头处室', '审计处室', '业务处室'],
  kind: ['整改类型', '类型', '整改方式'],
  task: ['关联任务', '任务编号', '对应任务', '关联任务编号'],
};

/** How each field is named in the dry run's mapping. */
export const FIELD_LABELS: Readonly<Record<LedgerField, string>> = {
  original: '原编号',
  unit: '责任单位',
  issue: '问题',
  amount: '问题金额',
  rectified: '整改金额',
  deadline: '期限',
  responsible: '责任人',
  note: '整改情况',
  state: '状态',
  close: '销号时间',
  remark: '备注',
  division: '处室',
  kind: '类型',
  task: '关联任务',
};
