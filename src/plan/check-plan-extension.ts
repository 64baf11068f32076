import { extname } from 'node:path';
import { ACCEPTED_EXTENSIONS, PlanFileError } from './plan-file-error';

// Whether a file's name says it is a plan the readers take (.txt, .md, .docx, .pdf); an old or other format
// is refused saying what to save it as. Returns the extension, lower-cased.

const OLD_FORMATS: Record<string, string> = {
  '.doc': '旧版 Word 文档，请另存为 .docx',
  '.wps': 'WPS 文档，请另存为 .docx',
  '.rtf': 'RTF 文档，请另存为 .docx',
  '.html': '网页，请另存为 .txt 或 .md',
  '.htm': '网页，请另存为 .txt 或 .md',
};

export function checkPlanExtension(file: string): string {
  const ext = extname(file).toLowerCase();
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(ext))
    throw new PlanFileError('unsupported', file, OLD_FORMATS[ext] ?? (ext ? `${ext} 文件` : '没有扩展名'));
  return ext;
}
