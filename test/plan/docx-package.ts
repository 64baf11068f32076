import JSZip from 'jszip';

// A minimal WordprocessingML package (what Word or WPS saves as .docx): paragraphs, bold runs and
// tables, enough for the plan reader to be tried on real .docx bytes without committing binaries.

export type DocxBlock =
  | string
  | { bold: string; rest?: string }
  /** A table; `widths` in twentieths of a point, `centered` cells as Word's 居中 (vertically centred). */
  | { table: (string | string[])[][]; widths?: number[]; centered?: boolean }
  /** One paragraph the page breaks inside: `before` ends a page, `after` starts the next. */
  | { before: string; after: string };

export interface DocxOptions {
  /** A running header on every page (`某市审计局文件`). */
  header?: string;
  /** A footer with the page number between dashes (`- 3 -`). */
  pageNumbers?: boolean;
  /** Laid out as official documents are: 16 pt, justified, first lines indented two characters. */
  official?: boolean;
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string, bold = false) =>
  `<w:r>${bold || paragraphProps ? `<w:rPr>${bold ? '<w:b/>' : ''}${paragraphProps ? '<w:sz w:val="32"/>' : ''}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
let paragraphProps = '';
const paragraph = (inner: string) => `<w:p>${paragraphProps}${inner}</w:p>`;
/** A cell's paragraph: no first-line indent; a short one (a number, a unit) centred, as tables are set. */
const cellParagraph = (text: string) =>
  `<w:p><w:pPr>${[...text].length <= 8 ? '<w:jc w:val="center"/>' : ''}</w:pPr>${run(text)}</w:p>`;

function block(b: DocxBlock): string {
  if (typeof b === 'string') return paragraph(run(b));
  if ('bold' in b) return paragraph(run(b.bold, true) + (b.rest ? run(b.rest) : ''));
  if ('before' in b) return paragraph(`${run(b.before)}<w:r><w:br w:type="page"/></w:r>${run(b.after)}`);
  const cellProps = (c: number) =>
    `<w:tcPr>${b.widths ? `<w:tcW w:w="${b.widths[c] ?? 1000}" w:type="dxa"/>` : ''}${b.centered ? '<w:vAlign w:val="center"/>' : ''}</w:tcPr>`;
  const rows = b.table.map(
    (cells) =>
      `<w:tr>${cells
        .map(
          (c, i) =>
            `<w:tc>${cellProps(i)}${(Array.isArray(c) ? c : [c]).map((line) => cellParagraph(line)).join('')}</w:tc>`,
        )
        .join('')}</w:tr>`,
  );
  const grid = b.widths
    ? `<w:tblGrid>${b.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
    : '';
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>${borders}</w:tblPr>${grid}${rows.join('')}</w:tbl>`;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export async function docxPackage(blocks: DocxBlock[], options: DocxOptions = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const rels: string[] = [];
  const refs: string[] = [];
  const overrides: string[] = [];
  if (options.header) {
    zip.file(
      'word/header1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}>${paragraph(run(options.header))}</w:hdr>`,
    );
    rels.push(`<Relationship Id="rIdH" Type="${REL}/header" Target="header1.xml"/>`);
    refs.push('<w:headerReference w:type="default" r:id="rIdH"/>');
    overrides.push(
      '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>',
    );
  }
  if (options.pageNumbers) {
    const page = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run('- ')}<w:fldSimple w:instr="PAGE">${run('1')}</w:fldSimple>${run(' -')}</w:p>`;
    zip.file(
      'word/footer1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${W}>${page}</w:ftr>`,
    );
    rels.push(`<Relationship Id="rIdF" Type="${REL}/footer" Target="footer1.xml"/>`);
    refs.push('<w:footerReference w:type="default" r:id="rIdF"/>');
    overrides.push(
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>',
    );
  }
  if (overrides.length > 0) {
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));
  }
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  paragraphProps = options.official
    ? '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/><w:rPr><w:sz w:val="32"/></w:rPr></w:pPr>'
    : '';
  const body = blocks.map(block).join('');
  paragraphProps = '';
  const section = `<w:sectPr>${refs.join('')}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720"/></w:sectPr>`;
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W} ${R}><w:body>${body}${section}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The same blocks as a plain-text copy: one paragraph a line, a table as `| … |` rows. */
export function textOf(blocks: DocxBlock[]): string {
  return blocks
    .map((b) => {
      if (typeof b === 'string') return b;
      if ('bold' in b) return `${b.bold}${b.rest ?? ''}`;
      if ('before' in b) return `${b.before}${b.after}`;
      return b.table
        .map((cells) => `| ${cells.map((c) => (Array.isArray(c) ? c.join('、') : c)).join(' | ')} |`)
        .join('\n');
    })
    .join('\n');
}

/** The same blocks as a web page copied to markdown: `##` headings, `**bold**`, `&nbsp;`, a pipe table. */
export function markdownOf(blocks: DocxBlock[]): string {
  return blocks
    .map((b) => {
      if (typeof b === 'string') return /^[一二三四五六七八九十]+、/.test(b) ? `## ${b}` : `&nbsp;&nbsp;${b}`;
      if ('bold' in b) return `**${b.bold}**${b.rest ?? ''}`;
      if ('before' in b) return `${b.before}${b.after}`;
      const [head, ...rows] = b.table.map(
        (cells) => `| ${cells.map((c) => (Array.isArray(c) ? c.join('<br>') : c)).join(' | ')} |`,
      );
      return [head, `|${' --- |'.repeat(b.table[0]?.length ?? 0)}`, ...rows].join('\n');
    })
    .join('\n\n');
}
