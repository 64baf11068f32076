import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Fetched, IncomingMessage } from '../../message/incoming-message';
import { checkPlanExtension } from '../../plan/check-plan-extension';
import { PlanFileError } from '../../plan/plan-file-error';
import { readPlanFile } from '../../plan/read-plan-file';
import type { Reply } from '../../reply/reply';
import { planFileRefused, planFilesAdminsOnly, planFileUnavailable } from '../../reply/wording';

// A file sent to the bot is a plan an admin adds. Read here, before the message's transaction (a download
// and a PDF take seconds, and other messages need not wait): who sent it, its kind, its bytes (Lark's
// message-resource API, at most 20 MB), its whole text. Any refusal is a reply and nothing is kept; what
// is read is kept by keepSentPlan, inside the transaction.

export type SentPlan = { name: string; bytes: Uint8Array; text: string };

export async function readSentPlan(
  message: IncomingMessage,
  attachment: { name: string },
  admins: ReadonlySet<string>,
  fetchAttachment: (() => Promise<Fetched>) | undefined,
): Promise<SentPlan | Reply> {
  const name = basename(attachment.name.replace(/[\\\u0000-\u001f]/g, '')).trim() || '(无名文件)';
  if (!admins.has(message.userId)) return planFilesAdminsOnly();
  try {
    checkPlanExtension(name);
  } catch (error) {
    if (error instanceof PlanFileError) return planFileRefused(error.message);
    throw error;
  }
  if (!fetchAttachment) return planFileUnavailable('这里收不到文件内容(本地模式)。请用 plan add FILE 导入。');
  const fetched = await fetchAttachment();
  if (!fetched.ok)
    return fetched.tooLarge
      ? planFileRefused(
          `方案文件 ${name} 超过 20 MB,我无法下载。请压缩图片、删去附件后再发,或用 plan add FILE 导入`,
        )
      : planFileUnavailable(`没能从飞书下载 ${name}。请稍后再发一次。`);
  // Read from a file named as it was sent: the readers go by the extension, errors name the file.
  const dir = await mkdtemp(join(tmpdir(), 'audit-plan-'));
  const path = join(dir, name);
  try {
    await writeFile(path, fetched.bytes);
    return { name, bytes: fetched.bytes, text: await readPlanFile(path) };
  } catch (error) {
    if (error instanceof PlanFileError) return planFileRefused(error.message.replaceAll(path, name));
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
