import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PoolClient } from 'pg';
import { UNDELIVERED_FILE } from '../bot/worker/undelivered';
import { JOB_STATE_FILE, JobState } from '../jobs/job-state';
import { readPlanFile } from '../plan/read-plan-file';
import { planFiles, planText } from '../plans/plan-files';
import { SHA256_HEX } from '../store/blob-store';
import { sha256Hex } from '../store/sha256-hex';
import { calendarFilePath, loadCalendarOverrides } from '../time/calendar-overrides';

// What a file store keeps in DATA_DIR besides the journal, which `migrate --to` copies with it so an instance
// on the database needs nothing of the folder: added plan files (with their text), calendar.json, the
// answers set aside (undelivered.jsonl), the jobs' state and the evidence files. Read whole before anything
// is written; a file that cannot be read refuses the migration, naming it.

export class InstanceFilesError extends Error {}

export interface InstanceFiles {
  plans: { name: string; path: string; text: string }[];
  calendar?: { days: Record<string, string>; edited: Date; source: string };
  undelivered: { key: string; line: Record<string, unknown> }[];
  jobState?: unknown;
  /** Evidence files: their SHA-256 and where they are (read one at a time when copied). */
  evidence: { sha256: string; path: string }[];
}

/** What `InstanceFiles` amounts to, as the copy is checked against it. */
export interface InstanceCounts {
  plans: number;
  calendarDays: number;
  undelivered: number;
  jobState: boolean;
  evidence: number;
}

export async function readInstanceFiles(dataDir: string): Promise<InstanceFiles> {
  // Only the folder's own plans (no seeds folder is listed).
  const dirs = { seeds: '', added: join(dataDir, 'plans') };
  const plans: InstanceFiles['plans'] = [];
  for (const { file } of planFiles(dirs)) {
    let text = planText(dirs, file, 'added');
    if (text === undefined)
      try {
        text = await readPlanFile(file);
      } catch (error) {
        throw new InstanceFilesError(
          `方案文件 ${file} 读不出文字(${(error as Error).message}),请移走或修好后再迁移`,
        );
      }
    plans.push({ name: file.slice(dirs.added.length + 1), path: file, text });
  }
  const calendarPath = calendarFilePath(dataDir);
  const calendar = existsSync(calendarPath)
    ? {
        days: loadCalendarOverrides(dataDir),
        edited: statSync(calendarPath).mtime,
        source: `migrate:${calendarPath}`,
      }
    : undefined;
  const undelivered: InstanceFiles['undelivered'] = [];
  const undeliveredPath = join(dataDir, UNDELIVERED_FILE);
  if (existsSync(undeliveredPath))
    readFileSync(undeliveredPath, 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        if (!raw.trim()) return;
        let line: Record<string, unknown>;
        try {
          line = JSON.parse(raw) as Record<string, unknown>;
        } catch {
          throw new InstanceFilesError(`${undeliveredPath} 第 ${i + 1} 行不是有效的 JSON,请改正后再迁移`);
        }
        undelivered.push({ key: String(line.key ?? ''), line });
      });
  const jobState = existsSync(join(dataDir, JOB_STATE_FILE)) ? JobState.open(dataDir).snapshot() : undefined;
  const filesDir = join(dataDir, 'files');
  const evidence = existsSync(filesDir)
    ? readdirSync(filesDir)
        .filter((name) => SHA256_HEX.test(name))
        .sort()
        .map((sha256) => ({ sha256, path: join(filesDir, sha256) }))
    : [];
  return {
    plans,
    ...(calendar ? { calendar } : {}),
    undelivered,
    ...(jobState ? { jobState } : {}),
    evidence,
  };
}

export function countsOf(files: InstanceFiles): InstanceCounts {
  return {
    plans: files.plans.length,
    calendarDays: Object.keys(files.calendar?.days ?? {}).length,
    undelivered: files.undelivered.length,
    jobState: files.jobState !== undefined,
    evidence: files.evidence.length,
  };
}

/** What the database's tables other than the journal hold: any row refuses a migration into it. */
export async function instanceCounts(client: Pick<PoolClient, 'query'>): Promise<InstanceCounts> {
  const { rows } = await client.query<{
    plans: number;
    days: number;
    undelivered: number;
    jobs: number;
    evidence: number;
  }>(
    `SELECT (SELECT count(*)::int FROM plan_files) AS plans,
            (SELECT coalesce((SELECT count(*)::int FROM calendar_file, jsonb_object_keys(days)), 0)) AS days,
            (SELECT count(*)::int FROM undelivered) AS undelivered,
            (SELECT count(*)::int FROM job_state) AS jobs,
            (SELECT count(*)::int FROM evidence_blobs) AS evidence`,
  );
  const r = rows[0]!;
  return {
    plans: r.plans,
    calendarDays: r.days,
    undelivered: r.undelivered,
    jobState: r.jobs > 0,
    evidence: r.evidence,
  };
}

/** Copies them inside the migration's transaction (each evidence file checked against its name as read). */
export async function copyInstanceFiles(client: PoolClient, files: InstanceFiles): Promise<void> {
  for (const plan of files.plans)
    await client.query('INSERT INTO plan_files (name, bytes, text) VALUES ($1, $2, $3)', [
      plan.name,
      readFileSync(plan.path),
      plan.text,
    ]);
  if (files.calendar)
    await client.query('INSERT INTO calendar_file (id, days, edited_at, source) VALUES (1, $1, $2, $3)', [
      JSON.stringify(files.calendar.days),
      files.calendar.edited,
      files.calendar.source,
    ]);
  for (const u of files.undelivered)
    await client.query('INSERT INTO undelivered (key, line) VALUES ($1, $2)', [
      u.key,
      JSON.stringify(u.line),
    ]);
  if (files.jobState !== undefined)
    await client.query('INSERT INTO job_state (id, data) VALUES (1, $1)', [JSON.stringify(files.jobState)]);
  for (const blob of files.evidence) {
    const bytes = readFileSync(blob.path);
    if (sha256Hex(bytes) !== blob.sha256)
      throw new InstanceFilesError(`佐证文件 ${blob.path} 的内容与其名称(SHA-256)不符,请先运行 verify`);
    await client.query('INSERT INTO evidence_blobs (sha256, bytes) VALUES ($1, $2)', [blob.sha256, bytes]);
  }
}
