import { readFile, stat } from 'node:fs/promises';
import { checkPlanExtension } from './check-plan-extension';
import { cleanLeftovers } from './clean-leftovers';
import { decodeText } from './decode-text';
import { PlanFileError } from './plan-file-error';

// A plan file's text, whatever it was written in: .txt/.md (UTF-8, BOM, GB18030), .docx (mammoth),
// .pdf (unpdf). Readers of Word and PDF load only for such a file. The text comes out with markdown and
// HTML leftovers removed and tables as `| … |` rows, so one plan in any format parses to the same tasks.
// Every failure is a PlanFileError naming the file.

export async function readPlanFile(path: string): Promise<string> {
  const ext = checkPlanExtension(path);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new PlanFileError('unreadable', path, '这是一个文件夹');
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof PlanFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new PlanFileError('not-found', path);
    throw new PlanFileError('unreadable', path, code === 'EACCES' ? '没有读取权限' : (code ?? ''));
  }
  if (bytes.length === 0) throw new PlanFileError('empty', path);
  let text: string;
  if (ext === '.docx') text = await (await import('./read-docx')).readDocx(bytes, path);
  else if (ext === '.pdf') text = await (await import('./read-pdf')).readPdf(bytes, path);
  else text = decodeText(bytes);
  const cleaned = cleanLeftovers(text).replace(/^\uFEFF/, '');
  if (cleaned.replace(/[\s\u3000]/g, '').length === 0) throw new PlanFileError('empty', path);
  return cleaned;
}
