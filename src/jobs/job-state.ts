import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { withFile } from '../files/file-access-error';
import { replaceFile } from '../files/replace-file';

// What the jobs remember between restarts, in DATA_DIR/jobs-state.json: the last day each job ran (and the
// weekly escalation was sent) and which items were already reminded on the latest reminder day. Only the latest day is kept, so the file
// stays a few hundred bytes however long the bot runs.

export const JOB_STATE_FILE = 'jobs-state.json';

export type JobName = 'reminders' | 'digest' | 'calendar';
export const JOB_NAMES: readonly JobName[] = ['reminders', 'digest', 'calendar'];
/**
 * What a run records: a job, the weekly escalation sent with the digest, or the weekly "holidays not
 * confirmed" message the calendar job sent (each once a week).
 */
export type RunName = JobName | 'escalation' | 'calendar-reminder';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const stateSchema = z.object({
  lastRun: z
    .object({
      reminders: day.optional(),
      digest: day.optional(),
      escalation: day.optional(),
      calendar: day.optional(),
      'calendar-reminder': day.optional(),
    })
    .default({}),
  reminded: z.object({ day, items: z.array(z.string()) }).optional(),
});
export type JobStateData = z.infer<typeof stateSchema>;

const FIX = ':请改正它,或删除它后重启(删除后当天已提醒过的事项可能再提醒一次);在此之前不发送整改提醒和周报';

export class JobStateError extends Error {
  override name = 'JobStateError';
}

export class JobState {
  private data: JobStateData;
  #problem: string | undefined;

  private constructor(
    /** The file it is kept in; none when it is kept elsewhere (the database instances share). */
    readonly path: string | undefined,
    data: JobStateData,
  ) {
    this.data = data;
  }

  /** A state kept by its caller (`replace` before a run, `snapshot` after it), not in a file. */
  static held(): JobState {
    return new JobState(undefined, { lastRun: {} });
  }

  /** The state as it stands (what a held state's keeper stores). */
  snapshot(): JobStateData {
    return this.data;
  }

  /** Takes the state its keeper read (checked as the file is). */
  replace(data: unknown): void {
    const parsed = stateSchema.safeParse(data ?? { lastRun: {} });
    if (!parsed.success) throw new JobStateError(`定时任务状态格式有误(${parsed.error.issues[0]?.message})`);
    this.data = parsed.data;
  }

  /** Reads the state (absent file → empty); a corrupt file stops with a message naming it. */
  static open(dataDir: string): JobState {
    const path = join(dataDir, JOB_STATE_FILE);
    return new JobState(path, JobState.read(path));
  }

  private static read(path: string): JobStateData {
    if (!existsSync(path)) return { lastRun: {} };
    let parsed: ReturnType<typeof stateSchema.safeParse>;
    const text = withFile(path, () => readFileSync(path, 'utf8'));
    try {
      parsed = stateSchema.safeParse(JSON.parse(text));
    } catch {
      throw new JobStateError(`定时任务状态文件 ${path} 不是有效的 JSON${FIX}`);
    }
    if (!parsed.success)
      throw new JobStateError(`定时任务状态文件 ${path} 格式有误(${parsed.error.issues[0]?.message})${FIX}`);
    return parsed.data;
  }

  /** Re-reads the file, so a `job` run from the CLI while the server runs is seen by both. */
  private refresh(): void {
    if (this.path === undefined) return;
    try {
      this.data = JobState.read(this.path);
      this.#problem = undefined;
    } catch (error) {
      // Keep what we had (the file is only ever replaced whole, so this is someone's hand edit) and say so:
      // the next run writes it whole again.
      this.#problem = error instanceof Error ? error.message : String(error);
    }
  }

  /** Why the file could not be read at the last look (undefined when it could). */
  problem(): string | undefined {
    this.refresh();
    return this.#problem;
  }

  lastRun(job: RunName): string | undefined {
    this.refresh();
    return this.data.lastRun[job];
  }

  /** Items already reminded on `day`. */
  remindedOn(day: string): ReadonlySet<string> {
    this.refresh();
    return new Set(this.data.reminded?.day === day ? this.data.reminded.items : []);
  }

  /** Records a run (and, for reminders, the items sent), then writes the file atomically. */
  recordRun(job: RunName, day: string, remindedItems: readonly string[] = []): void {
    this.refresh();
    const previous = this.data.lastRun[job];
    // A replay of an earlier day (`job --now`) never moves the record backwards.
    const lastRun = { ...this.data.lastRun, [job]: previous && previous > day ? previous : day };
    let reminded = this.data.reminded;
    if (job === 'reminders' && (!reminded || reminded.day <= day)) {
      const before = reminded?.day === day ? reminded.items : [];
      reminded = { day, items: [...new Set([...before, ...remindedItems])] };
    }
    this.data = { lastRun, ...(reminded ? { reminded } : {}) };
    this.write();
  }

  private write(): void {
    if (this.path === undefined) return;
    mkdirSync(dirname(this.path), { recursive: true });
    replaceFile(this.path, `${JSON.stringify(this.data)}\n`);
  }
}
