import type { Colour, Reply } from '../../reply/reply';
import { heading } from '../../reply/reply';

// Answers to the parts of one message, as one reply: each part under its own heading, in order.

const RANK: Colour[] = ['red', 'orange', 'yellow', 'grey', 'blue', 'green'];

export function combineReplies(title: string, parts: { label: string; reply: Reply }[]): Reply {
  const colours = parts.map((p) => p.reply.colour ?? 'blue');
  const colour = RANK.find((c) => colours.includes(c) && c !== 'grey') ?? 'grey';
  return {
    title,
    colour,
    blocks: parts.flatMap(({ label, reply }, i) => [
      heading(`${i + 1}. ${reply.title ?? label}`),
      ...reply.blocks,
    ]),
  };
}
