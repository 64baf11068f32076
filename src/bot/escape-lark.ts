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

// Card markdown decodes HTML numeric entities, so every character with a meaning becomes an entity.
const MARKDOWN_SPECIAL = /[\\`*_~[\]()<>#+\-!|{}$&:@"'=]/g;

/** For card `markdown` elements: markup characters become HTML entities; a leading `1.` stays text. */
export function escapeLarkMarkdown(text: string): string {
  return text
    .replace(MARKDOWN_SPECIAL, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(/^(\s*\d+)\./gm, '$1&#46;')
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}&#46;`)
    .replace(/^( {4,}|\t)/gm, (m) => '&nbsp;'.repeat(m.length));
}

/** Whether an id can be placed inside an `<at>` tag without changing its meaning. */
export function isSafeMentionId(id: string): boolean {
  return id.length > 0 && id.toLowerCase() !== 'all' && /^[^\s<>"'=&\\]+$/.test(id);
}
