import type { DocxBlock } from './docx-package';

// A plan whose tasks are a bordered table with vertically centred cells: task texts wrap over several
// lines and unit cells hold one unit a line, so in the PDF a row's number sits in the middle of it.

export const tablePlan: DocxBlock[] = [
  '某县2026年民生实事项目任务分工方案',
  '为确保民生实事项目按期完成，现将任务分工如下。',
  {
    centered: true,
    widths: [900, 4700, 1700, 1700],
    table: [
      ['序号', '项目内容', '牵头单位', '配合单位'],
      [
        '1',
        '新建、改扩建公办幼儿园5所，新增公办学位1500个，同步配齐教玩具和保教人员，确保秋季开学前投入使用。',
        '县教育局',
        ['县发改局', '县财政局', '县自然资源局', '县建设局'],
      ],
      [
        '2',
        '完成10家村卫生室规范化建设，推动基层医疗服务能力提升。',
        '县卫生健康局',
        ['县财政局', '各乡镇（街道）'],
      ],
      [
        '3',
        '新建老年食堂20家，推动助餐服务覆盖城乡社区，建立老年助餐服务长效运营机制，提高助餐服务质量和覆盖面。',
        ['县民政局'],
        ['县财政局', '县市场监管局', '县卫生健康局'],
      ],
      ['4', '改造农村供水管网50公里。', '县水利局', '—'],
    ],
  },
  '各牵头单位要细化实施方案，按季度报送进展情况。',
];
