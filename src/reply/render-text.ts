import { fileSizeText } from './file-size-text';
import type { Action, Block, Inline, Line, Reply } from './reply';

// Plain-text rendering: the CLI's output and the reply field of `say --json`.
// Emphasis is shown with 【】 so a highlighted match stays visible in a terminal.

export function inlineToText(part: Inline): string {
  if (typeof part === 'string') return part;
  if ('strong' in part) return `【${part.strong}】`;
  if ('link' in part) return `${part.text}:${part.link}`;
  return `@${part.name ?? part.mention}`;
}

export function lineToText(line: Line): string {
  return typeof line === 'string' ? line : line.map(inlineToText).join('');
}

/**
 * One block as plain lines. Lark's text messages use the same layout with their own escaping, so the
 * line and literal renderers are parameters.
 */
export function blockToText(
  block: Block,
  line: (l: Line) => string = lineToText,
  literal: (s: string) => string = (s) => s,
): string {
  switch (block.type) {
    case 'paragraph':
      return line(block.content);
    case 'heading':
      return `■ ${line(block.content)}`;
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '·'} ${line(item)}`).join('\n');
    case 'fields':
      return block.fields.map((f) => `${literal(f.label)}:${line(f.value)}`).join('\n');
    case 'note':
      return `(${line(block.content)})`;
    case 'divider':
      return '———';
    case 'chart':
      return [`■ ${literal(block.title)}`, ...block.fallback.map(line)].join('\n');
    case 'files':
      return block.files.map((f) => `附件:${literal(f.name)}(${fileSizeText(f.size)})`).join('\n');
    case 'actions':
      return `可以:${block.actions.map((a) => `${literal(a.label)}(${literal(commandHint(a))})`).join(' · ')}`;
  }
}

export function renderText(reply: Reply): string {
  const parts: string[] = [];
  if (reply.title) parts.push(`【${reply.title}】`);
  for (const block of reply.blocks) parts.push(blockToText(block));
  return parts.join('\n');
}

/** An action's command as one would type it: each field shown as `<label>`. */
export function commandHint(action: Action): string {
  return action.command.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const field = action.fields?.find((f) => f.name === name);
    return `<${field?.label ?? name}>`;
  });
}
