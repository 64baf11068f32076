// HTML character references in text copied from a web page or rendered by mammoth.

const NAMED: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: '\u3000',
  thinsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  middot: '·',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  times: '×',
  divide: '÷',
  deg: '°',
  le: '≤',
  ge: '≥',
  plusmn: '±',
  copy: '©',
  reg: '®',
  yen: '¥',
  bull: '•',
};

/** `&nbsp;`, `&#12288;`, `&#x3000;` → their characters; an unknown name stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    const known = NAMED[name.toLowerCase()];
    return known ?? whole;
  });
}
