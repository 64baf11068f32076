import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
  both,
  command,
  coop,
  cooperators,
  division,
  leads,
  noFigure,
  notSaid,
  owns,
  shows,
  target,
  task,
  two,
  unsaid,
  who,
} from '../expect-from-plan';

// A district's key-task list (test/fixtures/corpus/district-key-tasks-2026.txt) whose task headings are
// themselves the targets (（一）固定资产投资增长10%以上, （二）新增城镇就业3万人, （四）完成改造老旧小区50个) with a
// body sentence that does not repeat them, and notes that sometimes name no specific unit: 配合单位：有关部门,
// 牵头单位：有关部门 / 相关单位, 责任单位：各地、区水利局. Keys from the notes; a collective is nobody's name.
const P: Record<number, TaskKey> = {
  1: task('固定资产投资增长10%以上', ['区发改局'], ['区财政局', '区自然资源规划分局']),
  2: task('新增城镇就业3万人', ['区人力社保局'], []),
  3: task('规模以上工业增加值增长8%', ['区经信局'], ['区科技局']),
  4: task('完成改造老旧小区50个', ['区住建局'], []),
  5: task('增加中小学学位2000个', [], []),
  6: task('提升农村饮用水达标提标率至98%', [], []),
  7: task('居民收入增长与经济增长基本同步', ['区农业农村局'], ['区人力社保局']),
  8: task('加强督查考核', [], []),
};
const k = (n: number) => P[n]!;

const singles: CorpusMessage[] = [
  // Two questions in a line, the second with no subject of its own: it asks of the first's.
  two('规上工业增加值增长多少 哪个局负责', both(shows('增长8%'), leads(k(3)))),
  two('老旧小区改造多少个 哪家单位牵头', both(shows('50个'), leads(k(4)))),
  // A figure asked of each thing joined by 和 (各是多少): one answer each.
  two('固定资产投资和城镇就业各是多少', both(shows('增长10%以上'), shows('3万人'))),
  // When and to whom progress is reported: the plan's opening says 每季度报送进展情况 and names no recipient.
  target('进展什么时候报', shows('每季度报送进展情况')),
  target('重点任务进展多久报一次', shows('每季度报送进展情况')),
  unsaid('进展情况报给谁', notSaid),
  // 目标与指标: the figure stands in the heading only, asked in words and short forms.
  target('固投今年要增长多少', shows('10%以上')),
  target('固定资产投资增长目标是多少', shows('10%以上')),
  target('城镇就业新增多少人', shows('3万人')),
  target('今年新增就业目标', shows('3万人')),
  target('老旧小区改造目标是多少个', shows('50个')),
  target('新增学位多少个', shows('2000个')),
  target('规上工业增加值增长多少', shows('8%')),
  target('农村饮用水达标提标率要提高到多少', shows('98%')),
  // 定的多少 asks a figure; 增速 is the growth the plan writes as 增长.
  target('规上工业增加值增速定的多少', shows('增长8%')),
  target('固投增速定为多少', shows('10%以上')),
  // 要求 without 多少/几 asks the requirement, which may carry no number: the item's own words.
  target('居民收入增长有啥要求', shows('与经济增长基本同步')),
  target('居民收入增长要求是什么', shows('与经济增长基本同步')),
  target('新建改扩建中小学校几所', shows('5所')),

  // 谁牵头 where the note names a unit; the heading's words said otherwise (新增学位 for 增加学位).
  who('固投谁负责', leads(k(1))),
  who('城镇就业谁牵头', leads(k(2))),
  who('老旧小区改造谁牵头', leads(k(4))),
  who('增加就业谁负责', leads(k(2))),
  // A collective in the lead's place names nobody: the reply says the plan names no specific lead.
  unsaid('新增学位谁负责', notSaid),
  unsaid('第5项谁牵头', notSaid),
  unsaid('督查考核谁牵头', notSaid),
  coop('城镇就业谁配合', { ...cooperators(k(2)), ...notSaid }),
  coop('老旧小区改造谁配合', { ...cooperators(k(4)), ...notSaid }),

  // Departments by their short forms (发改委 is not 发改局's; 人社局, 自然资源局 of 区自然资源规划分局).
  division('人社局牵头什么', owns('区人力社保局', k(2))),
  division('自然资源局配合什么', owns('区自然资源规划分局', k(1))),
  division('水利局负责什么', { ...owns('区水利局', k(6)), alsoAllowed: ['区水利局'] }),

  // 方案未写明
  unsaid('新增养老床位多少张', noFigure),
  unsaid('社零增长多少', noFigure),
  // An amount in a unit the plan's figure lacks (亿 of a % growth) is not that figure.
  unsaid('固定资产投资要完成多少亿', noFigure),
  unsaid('规上工业增加值达到多少亿元', noFigure),
  // The requirement stated in words gives no number asked for; and one of a thing no task is about is not given.
  unsaid('居民收入增长多少', noFigure),
  unsaid('社零增长有啥要求', noFigure),
  unsaid('招商引资谁负责', notSaid),
  unsaid('新建体育馆谁负责', notSaid),
];

export const DISTRICT_KEY_TASKS_2026: PlanCorpus = {
  id: '区重点任务清单(标题即目标)',
  shape: '一、二、三、 with （一）…（七） running across; headings state the targets; collective notes',
  files: ['test/fixtures/corpus/district-key-tasks-2026.txt'],
  at: '2026-03-10T09:00:00+08:00',
  singles,
  // A division of the audit bureau follows tasks the plan gives to district bureaus alone: its head records
  // their progress (none of the plan's units is a bureau division), by the plan's number or by words.
  chats: [
    {
      about: '本局处室记录外单位任务的进展',
      user: 'ou_dist_audit_head',
      messages: [
        { q: '处室 添加 审计一处', cls: '命令', expected: {}, setup: true, user: 'ou_corpus_admin' },
        {
          q: '成员 添加 ou_dist_audit_head 审计一处 处长',
          cls: '命令',
          expected: {},
          setup: true,
          user: 'ou_corpus_admin',
        },
        command(
          '进展 （三） 规上工业增加值一季度增长7.6%',
          {},
          {
            effect: { progress: { task: '规模以上工业增加值', text: '一季度增长7.6%' } },
          },
        ),
        command(
          '记一下进展 老旧小区 已开工改造18个',
          {},
          {
            effect: { progress: { task: '老旧小区', text: '已开工改造18个' } },
          },
        ),
        command(
          '进展 固投 一季度完成年度计划28%',
          {},
          {
            effect: { progress: { task: '固定资产投资', text: '完成年度计划28%' } },
          },
        ),
        command(
          '进展 中小学学位 新建学校2所开工',
          {},
          {
            effect: { progress: { task: '中小学学位', text: '新建学校2所开工' } },
          },
        ),
        command(
          '进展6 农村饮用水提标工程完成招标',
          {},
          {
            effect: { progress: { task: '农村饮用水', text: '完成招标' } },
          },
        ),
      ],
    },
  ],
};
