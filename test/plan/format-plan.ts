import type { DocxBlock } from './docx-package';

// One plan written once, to be saved as .txt, .docx and .pdf: headings (one bold and run in), items
// with notes in each style, an unlabelled note, and a task table with a merged-looking unit list.

export const formatPlan: DocxBlock[] = [
  '某市审计局2026年度审计项目实施方案',
  '为做好2026年度审计工作，结合我局实际，特制定本方案。',
  '一、总体要求',
  '坚持依法审计，突出主责主业，推动审计监督与各类监督贯通协同。',
  '二、重点任务',
  { bold: '（一）财政审计' },
  '1.开展预算执行审计。重点关注市本级预算分配、执行和决算草案编制情况。（牵头单位：财政审计处；配合单位：法规处、信息中心）',
  '2.开展专项资金审计。关注惠企资金和民生资金的分配使用。（社保审计处牵头，农业农村审计处、企业审计处配合）',
  {
    bold: '（二）经济责任审计。',
    rest: '围绕权力规范运行，做好党政主要领导干部经济责任审计。（责任单位：经济责任审计处）',
  },
  '三、任务分工',
  {
    table: [
      ['序号', '重点任务', '牵头单位', '配合单位'],
      ['1', '推进审计数字化', '信息中心', ['财政审计处', '企业审计处']],
      ['2', '完善审计整改机制', '法规处', '办公室'],
    ],
  },
  '四、保障措施',
  '（一）加强组织领导。由局长任组长，办公室负责统筹协调。',
];
