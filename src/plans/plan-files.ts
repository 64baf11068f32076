import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { cleanLeftovers } from '../plan/clean-leftovers';
import { decodeText } from '../plan/decode-text';
import { ACCEPTED_EXTENSIONS } from '../plan/plan-file-error';
import { readPlanFile } from '../plan/read-plan-file';

// Where plans live and how their text is read. `.txt`/`.md` are read as they are; the text of a `.docx` or
// `.pdf` is extracted once (it needs the Word/PDF readers, which load only then) into DATA_DIR/plans/.text/
// and read from there afterwards, so that building the plans at start stays synchronous and quick.

export interface PlanDirs {
  seeds: string;
  /** DATA_DIR/plans (may not exist yet). */
  added: string;
}

/** Files that may hold a plan, shipped ones first, each folder in name order (dotfiles skipped). */
export function planFiles(dirs: PlanDirs): { file: string; source: 'shipped' | 'added' }[] {
  const list = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter(
            (f) =>
              !f.startsWith('.') &&
              (ACCEPTED_EXTENSIONS as readonly string[]).includes(extname(f).toLowerCase()),
          )
          .sort()
          .map((f) => join(dir, f))
      : [];
  return [
    ...list(dirs.seeds).map((file) => ({ file, source: 'shipped' as const })),
    ...list(dirs.added).map((file) => ({ file, source: 'added' as const })),
  ];
}

const isBinary = (file: string) => ['.docx', '.pdf'].includes(extname(file).toLowerCase());

function cachePath(dirs: PlanDirs, file: string, source: 'shipped' | 'added'): string {
  return join(dirs.added, '.text', `${source}-${basename(file)}.txt`);
}

/** Whether a .docx/.pdf plan's extracted text is missing, or older than the file (replaced under its name). */
function needsText(dirs: PlanDirs, file: string, source: 'shipped' | 'added'): boolean {
  const cache = cachePath(dirs, file, source);
  return !existsSync(cache) || statSync(cache).mtimeMs < statSync(file).mtimeMs;
}

/** Extracts, for every .docx/.pdf plan without it (or with an older one), the text the plans are built from. */
export async function preparePlanTexts(
  dirs: PlanDirs,
  onError: (file: string, error: unknown) => void,
  options: { shippedOnly?: boolean } = {},
): Promise<void> {
  for (const { file, source } of planFiles(dirs)) {
    if (options.shippedOnly && source !== 'shipped') continue;
    if (!isBinary(file) || !needsText(dirs, file, source)) continue;
    try {
      await writePlanText(dirs, file, source, await readPlanFile(file));
    } catch (error) {
      onError(file, error);
    }
  }
}

/** Keeps the extracted text of a .docx/.pdf plan (plan add does this once it has read the file). */
export async function writePlanText(
  dirs: PlanDirs,
  file: string,
  source: 'shipped' | 'added',
  text: string,
): Promise<void> {
  if (!isBinary(file)) return;
  mkdirSync(join(dirs.added, '.text'), { recursive: true });
  writeFileSync(cachePath(dirs, file, source), text);
}

/** A plan file's text (synchronously); undefined for a .docx/.pdf whose text was not extracted yet. */
export function planText(dirs: PlanDirs, file: string, source: 'shipped' | 'added'): string | undefined {
  if (!isBinary(file)) return cleanLeftovers(decodeText(readFileSync(file))).replace(/^\uFEFF/, '');
  const cache = cachePath(dirs, file, source);
  return existsSync(cache) ? readFileSync(cache, 'utf8') : undefined;
}
