import { fileSizeText } from '../../reply/file-size-text';
import { blockToText, lineToText } from '../../reply/render-text';
import type { Block, Inline, Line, Reply } from '../../reply/reply';
import { actionElements, type NameCounter } from './action-elements';
import { cardStamp } from './card-stamp';
import { escapeLarkMarkdown, escapeLarkText, isSafeLink, isSafeMentionId } from './escape-lark';
import type { LarkMessage } from './lark-api';

// Reply → Lark messages. A short answer is one plain `text` message; anything with a title, fields,
// headings, a chart, actions or several parts is an interactive card (schema 2.0, coloured header,
// markdown, buttons and forms). Long answers are split so each message stays under Lark's limits (150 KB
// text, 30 KB and 200 components a card); an actions block stays on the card of the line before it.

export interface RenderLimits {
  textBytes: number;
  cardBytes: number;
  shortChars: number;
}

// Margins under 150 KB / 30 KB: the request wraps `content` in a JSON body of its own.
export const larkRenderLimits: RenderLimits = { textBytes: 100_000, cardBytes: 28_000, shortChars: 500 };

/** Components per card (nested ones count), with a margin under Lark's 200. */
const MAX_ELEMENTS = 150;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function inlineText(part: Inline): string {
  if (typeof part === 'string') return escapeLarkText(part);
  if ('strong' in part) return escapeLarkText(part.strong);
  if ('link' in part)
    return `${escapeLarkText(part.text)}:${isSafeLink(part.link) ? part.link : escapeLarkText(part.link)}`;
  const name = escapeLarkText(part.name ?? part.mention);
  return isSafeMentionId(part.mention) ? `<at user_id="${part.mention}">${name}</at>` : `@${name}`;
}

const lineText = (line: Line) =>
  typeof line === 'string' ? escapeLarkText(line) : line.map(inlineText).join('');

function inlineMarkdown(part: Inline): string {
  if (typeof part === 'string') return escapeLarkMarkdown(part);
  if ('strong' in part)
    return part.strong.trim() === ''
      ? escapeLarkMarkdown(part.strong)
      : `**${escapeLarkMarkdown(part.strong)}**`;
  if ('link' in part)
    return isSafeLink(part.link)
      ? `[${escapeLarkMarkdown(part.text)}](${part.link})`
      : `${escapeLarkMarkdown(part.text)}:${escapeLarkMarkdown(part.link)}`;
  if (isSafeMentionId(part.mention)) return `<at id=${part.mention}></at>`;
  return `@${escapeLarkMarkdown(part.name ?? part.mention)}`;
}

const lineMarkdown = (line: Line) =>
  typeof line === 'string' ? escapeLarkMarkdown(line) : line.map(inlineMarkdown).join('');

function isShort(reply: Reply, limits: RenderLimits): boolean {
  if (reply.title) return false;
  if (reply.blocks.length > 2) return false;
  if (!reply.blocks.every((b) => b.type === 'paragraph' || b.type === 'list' || b.type === 'note'))
    return false;
  const chars = reply.blocks.reduce((n, b) => n + blockPlain(b).length, 0);
  return chars <= limits.shortChars;
}

function blockPlain(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'note':
      return lineToText(block.content);
    case 'list':
      return block.items.map(lineToText).join('\n');
    default:
      return '';
  }
}

const blockText = (block: Block) => blockToText(block, lineText, escapeLarkText);

type Element = Record<string, unknown>;
const markdown = (content: string, extra: Element = {}): Element => ({ tag: 'markdown', content, ...extra });

function blockElements(block: Block, names: NameCounter): Element[] {
  switch (block.type) {
    case 'paragraph':
      return [markdown(lineMarkdown(block.content))];
    case 'heading':
      return [markdown(`**${lineMarkdown(block.content)}**`)];
    case 'list':
      return [
        markdown(
          block.items
            .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${lineMarkdown(item)}`)
            .join('\n'),
        ),
      ];
    case 'fields':
      return [
        markdown(
          block.fields.map((f) => `**${escapeLarkMarkdown(f.label)}**:${lineMarkdown(f.value)}`).join('\n'),
        ),
      ];
    case 'note':
      return [markdown(lineMarkdown(block.content), { text_size: 'notation' })];
    case 'divider':
      return [{ tag: 'hr' }];
    case 'chart':
      return [
        markdown(`**${escapeLarkMarkdown(block.title)}**`),
        { tag: 'chart', aspect_ratio: '16:9', chart_spec: block.spec, fallback: block.fallback },
      ];
    case 'files':
      return [
        markdown(
          block.files.map((f) => `- ${escapeLarkMarkdown(f.name)}(${fileSizeText(f.size)})`).join('\n'),
        ),
      ];
    case 'actions':
      return actionElements(block.actions, names).map((el) => {
        actionElementsSet.add(el);
        return el;
      });
  }
}

/** Buttons and forms: when a reply is split, they go on the card of the element before them. */
const actionElementsSet = new WeakSet<Element>();

/** Components in an element, itself included (forms and column sets hold others). */
function componentCount(el: Element): number {
  let n = 1;
  for (const key of ['elements', 'columns'] as const) {
    const children = el[key];
    if (Array.isArray(children)) for (const child of children) n += componentCount(child as Element);
  }
  return n;
}

/** Splits text at line ends (or anywhere, for one enormous line) into pieces of at most `max` bytes. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const push = () => {
    if (current !== '') pieces.push(current);
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (bytes(candidate) <= max) {
      current = candidate;
      continue;
    }
    push();
    if (bytes(line) <= max) {
      current = line;
      continue;
    }
    for (const ch of line) {
      if (bytes(current + ch) > max) push();
      current += ch;
    }
  }
  push();
  return pieces.length > 0 ? pieces : [''];
}

function textMessage(text: string): LarkMessage {
  return { msgType: 'text', content: JSON.stringify({ text }) };
}

function cardMessage(reply: Reply, elements: Element[], part: number, parts: number): LarkMessage {
  const card: Element = { schema: '2.0', config: { update_multi: true, width_mode: 'fill' } };
  if (reply.title) {
    const suffix = parts > 1 ? `(${part}/${parts})` : '';
    card.header = {
      title: { tag: 'plain_text', content: `${reply.title}${suffix}` },
      // Our colour names are Lark header templates.
      template: reply.colour ?? 'blue',
    };
  }
  card.body = { elements };
  return { msgType: 'interactive', content: JSON.stringify(card) };
}

/** Elements with each oversized markdown element cut into pieces that fit one card. */
function fitElements(elements: Element[], max: number): Element[] {
  const out: Element[] = [];
  for (const el of elements) {
    if (sentBytes(el) <= max) {
      out.push(el);
    } else if (el.tag === 'markdown' && typeof el.content === 'string') {
      // Entities must not be cut in half: split on the unescaped boundaries of lines/characters.
      for (const piece of splitMarkdown(el.content, max)) out.push({ ...el, content: piece });
    } else if (el.tag === 'chart' && Array.isArray(el.fallback)) {
      // The fallback of a chart too large to send may itself need several cards.
      out.push(...fitElements([markdown((el.fallback as Line[]).map(lineMarkdown).join('\n'))], max));
    }
  }
  // Charts keep their fallback only for this function; Lark rejects unknown chart properties.
  return out.map((el) => {
    if (el.tag !== 'chart') return el;
    const { fallback: _fallback, ...chart } = el;
    return chart;
  });
}

/** Bytes an element or string takes once the card is itself JSON-encoded into `content`. */
const sentBytes = (value: unknown) => bytes(JSON.stringify(JSON.stringify(value)));

function splitMarkdown(content: string, max: number): string[] {
  const budget = Math.max(1000, max - 200);
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  // Entities are tokens so a cut never splits one in half.
  const tokens = content.match(/&#\d+;|&nbsp;|[\s\S]/gu) ?? [];
  for (const token of tokens) {
    const n = sentBytes(token) - 4;
    if (size + n > budget && current !== '') {
      const cut = current.lastIndexOf('\n');
      const keep = cut > current.length / 2 ? current.slice(cut + 1) : '';
      pieces.push(cut > current.length / 2 ? current.slice(0, cut) : current);
      current = keep;
      size = sentBytes(keep) - 4;
    }
    current += token;
    size += n;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** The card elements of a reply, in groups that each fit one card. */
function cardGroups(reply: Reply, limits: RenderLimits): Element[][] {
  const overhead = bytes(JSON.stringify(cardMessage(reply, [], 99, 99).content)) + 128;
  const budget = limits.cardBytes - overhead;
  const names: NameCounter = { next: 0, stamp: cardStamp(reply) };
  const elements = fitElements(
    reply.blocks.flatMap((b) => blockElements(b, names)),
    budget,
  );
  // An element and the actions right after it are placed together.
  const units: Element[][] = [];
  for (const el of elements) {
    const last = units[units.length - 1];
    if (last && actionElementsSet.has(el)) last.push(el);
    else units.push([el]);
  }
  const groups: Element[][] = [];
  let current: Element[] = [];
  let size = 0;
  let count = 0;
  for (const unit of units) {
    const n = unit.reduce((sum, el) => sum + sentBytes(el) + 1, 0);
    const c = unit.reduce((sum, el) => sum + componentCount(el), 0);
    if (current.length > 0 && (size + n > budget || count + c > MAX_ELEMENTS)) {
      groups.push(current);
      current = [];
      size = 0;
      count = 0;
    }
    current.push(...unit);
    size += n;
    count += c;
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  return groups;
}

export function renderLark(reply: Reply, limits: RenderLimits = larkRenderLimits): LarkMessage[] {
  return [...renderWords(reply, limits), ...fileMessages(reply)];
}

function renderWords(reply: Reply, limits: RenderLimits): LarkMessage[] {
  if (isShort(reply, limits)) {
    const text = reply.blocks.map(blockText).join('\n');
    return splitText(text, limits.textBytes).map(textMessage);
  }
  const groups = cardGroups(reply, limits);
  return groups.map((group, i) => cardMessage(reply, group, i + 1, groups.length));
}

/** The files a reply hands over, each its own message, after its words: uploaded by the outbox when sent. */
function fileMessages(reply: Reply): LarkMessage[] {
  return reply.blocks.flatMap((b) =>
    b.type === 'files'
      ? b.files.map(
          (f): LarkMessage => ({
            // Lark takes images up to 10 MB as images; a larger one goes as a file.
            msgType: f.mime.startsWith('image/') && f.size <= 10 * 1024 * 1024 ? 'image' : 'file',
            content: '',
            upload: { sha256: f.sha256, name: f.name, mime: f.mime },
          }),
        )
      : [],
  );
}

/**
 * A reply as exactly one card (a card callback's answer redraws one card): short answers too. A reply too
 * long for one card keeps what fits, says so, and keeps its last card's actions.
 */
export function renderCard(reply: Reply, limits: RenderLimits = larkRenderLimits): Record<string, unknown> {
  const groups = cardGroups(reply, limits);
  let elements = groups[0]!;
  if (groups.length > 1) {
    const actions = groups[groups.length - 1]!.filter((el) => actionElementsSet.has(el));
    const budget = limits.cardBytes - 2000 - actions.reduce((n, el) => n + sentBytes(el), 0);
    const room = MAX_ELEMENTS - 1 - actions.reduce((n, el) => n + componentCount(el), 0);
    const kept: Element[] = [];
    let size = 0;
    let count = 0;
    for (const el of elements) {
      if (actionElementsSet.has(el)) continue;
      size += sentBytes(el) + 1;
      count += componentCount(el);
      if (size > budget || count > room) break;
      kept.push(el);
    }
    const more = markdown(escapeLarkMarkdown('(内容较长,未全部显示;发送同一命令可查看全文。)'), {
      text_size: 'notation',
    });
    elements = [...kept, more, ...actions];
  }
  return JSON.parse(cardMessage(reply, elements, 1, 1).content) as Record<string, unknown>;
}
