import { htmlToText } from './html-to-text';
import { PlanFileError } from './plan-file-error';

// A Word plan through mammoth's HTML, so tables keep their rows and cells (merged cells included)
// and become the same `| … |` rows a text copy of the table gives. mammoth loads only when a .docx is read.

export async function readDocx(bytes: Uint8Array, file: string): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new PlanFileError('corrupt', file, 'Word');
  }
  return htmlToText(html);
}
