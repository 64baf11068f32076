import { readFileSync } from 'node:fs';
import { type DocxBlock, docxPackage } from './docx-package';

/** The 十五五 plan fixture as Word saves it: paragraphs, and its indicator table as a table. */
export async function fifteenthDocx(): Promise<Buffer> {
  const lines = readFileSync('test/fixtures/plans/bureau-15th-five-year.txt', 'utf8')
    .split('\n')
    .filter(Boolean);
  const blocks: DocxBlock[] = [];
  let table: string[][] = [];
  for (const line of lines) {
    if (line.includes('|')) {
      table.push(
        line
          .split('|')
          .map((c) => c.trim())
          .filter((c, i, all) => c !== '' || (i > 0 && i < all.length - 1)),
      );
      continue;
    }
    if (table.length > 0) blocks.push({ table });
    table = [];
    blocks.push(line);
  }
  if (table.length > 0) blocks.push({ table });
  return docxPackage(blocks);
}
