import type { PlanCorpus } from './corpus-types';
import { HUANGSHIGANG_GDP_2025, LIUPANSHUI_ACTION_PLAN_FIGURES } from './plans/action-plan-figures';
import { BUREAU_15TH_FIVE_YEAR } from './plans/bureau-15th-five-year';
import { COMMON_PROSPERITY_2021_2025 } from './plans/common-prosperity-2021-2025';
import { DAZHU_LIVELIHOOD_2016 } from './plans/dazhu-livelihood-table';
import { DIGITAL_GOVERNMENT_MARKDOWN } from './plans/digital-government-markdown';
import { DISTRICT_KEY_TASKS_2026 } from './plans/district-key-tasks-2026';
import { DUCHAJILI_INCENTIVES_2018 } from './plans/duchajili-incentives-2018';
import { EFFECTIVE_INVESTMENT_2025_2027 } from './plans/effective-investment-2025-2027';
import { LIAONING_ENCLOSED_NUMBERS_2012 } from './plans/enclosed-numbers';
import { EVERYDAY_CONVERSATION } from './plans/everyday-conversation';
import { HANGZHOU_INTERNET_PLUS_2015 } from './plans/hangzhou-internet-plus-2015';
import { INTERNAL_AUDIT_TERMS } from './plans/internal-audit-terms';
import { KEQIAO_WORK_REPORT_2025 } from './plans/keqiao-work-report-2025';
import { JINXIANG_KEY_WORK_2025, WUJIANG_KEY_WORK_TABLE_2024 } from './plans/key-work-subjects';
import { LIAOZHONG_LEADER_COLUMN_2024 } from './plans/leader-column';
import { LIVELIHOOD_PROJECTS_TABLE } from './plans/livelihood-projects-table';
import { NANHU_TALENT_2024_2026 } from './plans/nanhu-talent-2024-2026';
import { NONGJI_MECHANIZATION_2018 } from './plans/nongji-mechanization-2018';
import { CHUZHOU_KEY_WORK_2020 } from './plans/notes-on-own-lines';
import { PRIVATE_ECONOMY_MEASURES } from './plans/private-economy-measures';
import { TONGLIANG_PROGRESS_TABLE_2025 } from './plans/progress-column-table';
import { SHANGYU_BESIDE_SHIPPED, SHANGYU_WORK_POINTS_2026 } from './plans/shangyu-work-points-2026';
import { GUANGZHOU_TALENT_2012, HENAN_KEY_WORK_2023 } from './plans/short-forms-and-counts';
import { SICHUAN_MODERN_CIRCULATION_2022 } from './plans/sichuan-modern-circulation-2022';
import { QIAOCHENG_SPACE_TABLE_2025, SAME_YEAR_PLANS_2025 } from './plans/space-table';
import { HUOSHAN_ROW_COLUMNS_2025 } from './plans/table-row-columns';

/** Every plan's messages: one file a plan under plans/. */
export const CORPUS: readonly PlanCorpus[] = [
  COMMON_PROSPERITY_2021_2025,
  BUREAU_15TH_FIVE_YEAR,
  SHANGYU_WORK_POINTS_2026,
  PRIVATE_ECONOMY_MEASURES,
  DIGITAL_GOVERNMENT_MARKDOWN,
  LIVELIHOOD_PROJECTS_TABLE,
  SHANGYU_BESIDE_SHIPPED,
  EFFECTIVE_INVESTMENT_2025_2027,
  INTERNAL_AUDIT_TERMS,
  NANHU_TALENT_2024_2026,
  KEQIAO_WORK_REPORT_2025,
  DISTRICT_KEY_TASKS_2026,
  JINXIANG_KEY_WORK_2025,
  WUJIANG_KEY_WORK_TABLE_2024,
  HENAN_KEY_WORK_2023,
  GUANGZHOU_TALENT_2012,
  CHUZHOU_KEY_WORK_2020,
  QIAOCHENG_SPACE_TABLE_2025,
  TONGLIANG_PROGRESS_TABLE_2025,
  LIAONING_ENCLOSED_NUMBERS_2012,
  LIAOZHONG_LEADER_COLUMN_2024,
  SAME_YEAR_PLANS_2025,
  HUOSHAN_ROW_COLUMNS_2025,
  LIUPANSHUI_ACTION_PLAN_FIGURES,
  HUANGSHIGANG_GDP_2025,
  SICHUAN_MODERN_CIRCULATION_2022,
  HANGZHOU_INTERNET_PLUS_2015,
  DAZHU_LIVELIHOOD_2016,
  ...EVERYDAY_CONVERSATION,
  NONGJI_MECHANIZATION_2018,
  DUCHAJILI_INCENTIVES_2018,
];

/** How many messages the corpus holds (chat messages that only set the scene are not counted). */
export function corpusSize(corpora: readonly PlanCorpus[] = CORPUS): number {
  return corpora.reduce(
    (n, c) =>
      n + c.singles.length + c.chats.reduce((m, chat) => m + chat.messages.filter((x) => !x.setup).length, 0),
    0,
  );
}
