// Escaping literal text for the two Lark media we send. Anything a user typed can reach a reply, so
// nothing in it may become an @-mention (`<at user_id="all">`, `<at id=all>`), a link or markup.

const ZWSP = '\u200b';

/**
 * For `text` messages, which have no escape syntax: a zero-width space breaks every tag (`<at …>`, `<b>`),
 * markdown link (`](`) and auto-linked URL (`://`) while the text still reads the same.
 */
export function escapeLarkText(text: string): string {
  return text
    .replace(/</g, `<${ZWSP}`)
    .replace(/\]\s*\(/g, (m) => `]${ZWSP}${m.slice(1)}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

// Card markdown decodes HTML numeric entities. Only characters that can start markup become entities —
// tags (`<at …>`, `<font>`), emphasis, code, links (`[`…`](`), entities (`&`), line-start headings, quotes
// and lists, auto-linked URLs — so ordinary punctuation (`:`, `(`, `-`) stays as typed and readable.
const MARKDOWN_SPECIAL = /[\\`*_~[\]<>&$|]/g;
const entity = (ch: string) => `&#${ch.charCodeAt(0)};`;

/** For card `markdown` elements: markup characters become HTML entities; line-start markers stay text. */
export function escapeLarkMarkdown(text: string): string {
  return text
    .replace(MARKDOWN_SPECIAL, entity)
    .replace(/^(\s*)([#+-])/gm, (_m, space: string, ch: string) => `${space}${entity(ch)}`)
    .replace(/^(\s*\d+)\./gm, '$1&#46;')
    .replace(/:\/\//g, ':&#47;&#47;')
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}&#46;`)
    .replace(/:([A-Za-z_]+):/g, '&#58;$1:')
    .replace(/^( {4,}|\t)/gm, (m) => '&nbsp;'.repeat(m.length));
}

/** Whether an id can be placed inside an `<at>` tag without changing its meaning. */
export function isSafeMentionId(id: string): boolean {
  return id.length > 0 && id.toLowerCase() !== 'all' && /^[^\s<>"'=&\\]+$/.test(id);
}

/** Whether an address the bot made can stand as a link as it is: http(s), nothing that ends or escapes it. */
export function isSafeLink(url: string): boolean {
  return /^https?:\/\/[^\s<>()"'\\[\]`]+$/.test(url);
}
