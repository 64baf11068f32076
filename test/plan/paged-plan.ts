import type { DocxBlock } from './docx-package';

// A plan over three pages with a running header and page numbers, whose notes follow the plan's own
// convention (the first unit named leads) and one of which the page breaks inside.

export const pagedPlan: DocxBlock[] = [
  '某市住房和城乡建设局2026年重点工作任务分工方案',
  '为抓好2026年各项重点工作落实，现将任务分工如下。各项任务中排在第一位的单位为牵头单位，其余为配合单位。',
  '一、重点工作',
  '（一）推进城市更新',
  '1.实施老旧小区改造。全年完成改造小区30个，同步推进加装电梯、停车设施和充电设施建设，改善居民居住条件。（城市更新处、计划财务处、各区住建局）',
  {
    before:
      '2.推进城中村改造。坚持留改拆并举，稳妥推进城中村改造项目，做好群众安置和历史文化保护工作。（城市更新处牵头，房地产市场监管处、',
    after: '法规处配合）',
  },
  '（二）加强住房保障',
  '3.筹集保障性租赁住房。全年筹集保障性租赁住房5000套，优化准入退出管理。（住房保障处负责）',
  {
    before: '4.完善公租房管理。推进公租房信息化管理，',
    after: '开展租金收缴和违规使用专项整治。（责任单位：住房保障处，各区住建局）',
  },
  '二、保障措施',
  '（一）加强组织领导。局党组定期研究重点工作推进情况，办公室负责统筹协调和督促检查。',
];
