import { buildKnowledge } from '../plan/build-knowledge';
import { parsePlan } from '../plan/parse-plan';
import { createPlanSearch } from '../search/create-plan-search';
import { buildLexicon } from '../understand/build-lexicon';
import { stripQuestionWords } from '../understand/strip-question-words';
import { filePlanShelf } from './file-plan-shelf';
import type { PlanChoices } from './plan-choices';
import type { PlanEntry } from './plan-entry';
import { type PlanDirs, planFiles, planText } from './plan-files';
import type { PlanRegistry } from './plan-registry';
import type { PlanShelf } from './plan-shelf';

// Every plan in seeds/ and DATA_DIR/plans/ (or, given `added`, those read from the database), parsed once.
// A file that yields no task is left out (and reported): a plan with nothing to answer for never looks loaded.

export interface LoadPlansOptions {
  dirs: PlanDirs;
  /** The added plans read beforehand (the database's), instead of DATA_DIR/plans/. */
  added?: readonly { file: string; text: string }[];
  /** Where a plan added later is kept (default: DATA_DIR/plans/). */
  shelf?: PlanShelf;
  /** Told about a file left out, and why (in Chinese). */
  onSkip?: (file: string, reason: string) => void;
}

export function loadPlans(options: LoadPlansOptions): PlanRegistry {
  const entries: PlanEntry[] = [];
  const add = (file: string, source: 'shipped' | 'added', text?: string): PlanEntry | undefined => {
    const body = text ?? planText(options.dirs, file, source);
    if (body === undefined) {
      options.onSkip?.(file, '尚未提取文字(用 plan add 导入)');
      return undefined;
    }
    const plan = parsePlan(body);
    if (plan.tasks.length === 0) {
      options.onSkip?.(file, '没有读出任何任务');
      return undefined;
    }
    let id = plan.id;
    for (let n = 2; entries.some((e) => e.id === id); n += 1) id = `${plan.id}-${n}`;
    const knowledge = buildKnowledge(plan);
    let search: ReturnType<typeof createPlanSearch> | undefined;
    const entry: PlanEntry = {
      id,
      title: plan.title,
      ...(plan.period ? { period: plan.period } : {}),
      file,
      source,
      plan,
      knowledge,
      lexicon: buildLexicon(plan, id),
      search: () => {
        search ??= createPlanSearch(plan, { questionWords: stripQuestionWords });
        return search;
      },
    };
    entries.push(entry);
    return entry;
  };
  for (const { file, source } of planFiles(options.dirs))
    if (source === 'shipped' || !options.added) add(file, source);
  for (const { file, text } of options.added ?? []) add(file, 'added', text);
  const shelf = options.shelf ?? filePlanShelf(options.dirs);
  let looked: PlanChoices['plans'] | undefined;
  const catchUp = async (choices?: PlanChoices): Promise<PlanEntry[]> => {
    if (choices && choices.plans === looked) return [];
    const kept = await shelf.kept();
    // Set once the look succeeded: a failed one is made again at the next message.
    if (choices) looked = choices.plans;
    return kept
      .filter(({ file }) => !entries.some((e) => e.file === file))
      .flatMap(({ file, text }) => add(file, 'added', text) ?? []);
  };
  const legacy = entries.find((e) => e.source === 'shipped') ?? entries[0];
  if (!legacy)
    throw new Error(
      `没有可用的方案:${options.dirs.seeds} 和 ${options.dirs.added} 里都没有读出任务的方案文件`,
    );
  return {
    list: () => [...entries],
    byId: (id) => entries.find((e) => e.id === id),
    legacy,
    dirs: options.dirs,
    shelf,
    add: (file, text) => add(file, 'added', text),
    catchUp,
  };
}
