// Every string a message's content holds, in order, whatever its type (text, post, a card as Lark shows it
// back): enough to find what the message was about (an item's id) without knowing each layout.

/** The strings of a `body.content` JSON string, joined by new lines; the raw content if it is no JSON. */
export function contentStrings(content: string): string {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return content;
  }
  const out: string[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth > 40) return;
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) for (const v of value) walk(v, depth + 1);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v, depth + 1);
  };
  walk(json, 0);
  return out.join('\n');
}
