import type { Block, Inline, Line, Reply } from './reply';

// Plain-text rendering: the CLI's output and the reply field of `say --json`.
// Emphasis is shown with 【】 so a highlighted match stays visible in a terminal.

export function inlineToText(part: Inline): string {
  if (typeof part === 'string') return part;
  if ('strong' in part) return `【${part.strong}】`;
  return `@${part.name ?? part.mention}`;
}

export function lineToText(line: Line): string {
  return typeof line === 'string' ? line : line.map(inlineToText).join('');
}

function blockToText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return lineToText(block.content);
    case 'heading':
      return `■ ${lineToText(block.content)}`;
    case 'list':
      return block.items
        .map((item, i) => `${block.ordered ? `${i + 1}.` : '·'} ${lineToText(item)}`)
        .join('\n');
    case 'fields':
      return block.fields.map((f) => `${f.label}:${lineToText(f.value)}`).join('\n');
    case 'note':
      return `(${lineToText(block.content)})`;
    case 'divider':
      return '———';
    case 'chart':
      return [`■ ${block.title}`, ...block.fallback.map(lineToText)].join('\n');
  }
}

export function renderText(reply: Reply): string {
  const parts: string[] = [];
  if (reply.title) parts.push(`【${reply.title}】`);
  for (const block of reply.blocks) parts.push(blockToText(block));
  return parts.join('\n');
}
