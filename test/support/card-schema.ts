import { z } from 'zod';

// The card JSON 2.0 subset the bot emits, as zod schemas, and Lark's limits on a card (contract §6.3, §8.2;
// the form, input, date picker, select and button pages of the 2.0 component reference). Objects are strict:
// 2.0 refuses properties it does not know, so a typo must fail here first. The fake Lark checks every card
// it is sent or asked to draw with `cardProblems`; tests check callback answers with it too.

const plain = z.strictObject({ tag: z.literal('plain_text'), content: z.string().min(1).max(100) });
const template = z.enum([
  'blue',
  'wathet',
  'turquoise',
  'green',
  'yellow',
  'orange',
  'red',
  'carmine',
  'violet',
  'purple',
  'indigo',
  'grey',
  'default',
]);
const buttonType = z.enum([
  'default',
  'primary',
  'danger',
  'text',
  'primary_text',
  'danger_text',
  'primary_filled',
  'danger_filled',
  'laser',
]);
/** Button values must be objects (the SDKs only pass objects back). */
const callback = z.strictObject({ type: z.literal('callback'), value: z.record(z.string(), z.unknown()) });
const name = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,99}$/);

const markdown = z.strictObject({
  tag: z.literal('markdown'),
  content: z.string(),
  text_size: z.enum(['notation', 'normal', 'heading']).optional(),
});
const hr = z.strictObject({ tag: z.literal('hr') });
const chart = z.strictObject({
  tag: z.literal('chart'),
  aspect_ratio: z.enum(['1:1', '2:1', '4:3', '16:9']).optional(),
  chart_spec: z.record(z.string(), z.unknown()),
});
const button = z.strictObject({
  tag: z.literal('button'),
  text: plain,
  type: buttonType.optional(),
  name: name.optional(),
  behaviors: z.array(callback).min(1),
});
const submitButton = z.strictObject({
  tag: z.literal('button'),
  text: plain,
  type: buttonType.optional(),
  name,
  form_action_type: z.literal('submit'),
  behaviors: z.array(callback).min(1),
});
const width = z.union([z.enum(['default', 'fill']), z.string().regex(/^\d+px$/)]);
const input = z.strictObject({
  tag: z.literal('input'),
  name,
  required: z.boolean().optional(),
  label: plain.optional(),
  placeholder: plain.optional(),
  max_length: z.number().int().min(1).max(1000).optional(),
  width: width.optional(),
});
const datePicker = z.strictObject({
  tag: z.literal('date_picker'),
  name,
  required: z.boolean().optional(),
  placeholder: plain,
  width: width.optional(),
});
const select = z.strictObject({
  tag: z.literal('select_static'),
  name,
  required: z.boolean().optional(),
  placeholder: plain,
  width: width.optional(),
  options: z.array(z.strictObject({ text: plain, value: z.string().min(1) })).min(1),
});
const column = z.strictObject({
  tag: z.literal('column'),
  width: z.union([z.enum(['auto', 'weighted']), z.string().regex(/^\d+px$/)]),
  weight: z.number().int().min(1).max(5).optional(),
  elements: z.array(z.union([markdown, button])),
});
const columnSet = z.strictObject({
  tag: z.literal('column_set'),
  flex_mode: z.enum(['none', 'stretch', 'flow', 'bisect', 'trisect']).optional(),
  columns: z.array(column).min(1),
});
const form = z.strictObject({
  tag: z.literal('form'),
  name,
  elements: z.array(z.union([markdown, input, datePicker, select, submitButton])).min(1),
});

/** Only a root element may be a form: 2.0 allows `form` nowhere else. */
const rootElement = z.union([markdown, hr, chart, button, columnSet, form]);

export const cardSchema = z.strictObject({
  schema: z.literal('2.0'),
  config: z.strictObject({
    update_multi: z.literal(true),
    width_mode: z.enum(['compact', 'fill']).optional(),
  }),
  header: z.strictObject({ title: plain.extend({ content: z.string().min(1) }), template }).optional(),
  body: z.strictObject({ elements: z.array(rootElement) }),
});

export const CARD_LIMITS = { bytes: 30 * 1024, elements: 200, charts: 5 };

type Node = Record<string, unknown>;

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const key of ['elements', 'columns']) {
    const children = node[key];
    if (Array.isArray(children)) for (const child of children) walk(child as Node, visit);
  }
}

/** What is wrong with a card (empty when Lark would take it), checked against the schema and the limits. */
export function cardProblems(card: unknown): string[] {
  const parsed = cardSchema.safeParse(card);
  if (!parsed.success) return parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
  const problems: string[] = [];
  // As sent: the card is a JSON string inside the message's `content`.
  const bytes = Buffer.byteLength(JSON.stringify({ content: JSON.stringify(card) }));
  if (bytes > CARD_LIMITS.bytes) problems.push(`card of ${bytes} bytes is over 30 KB`);
  let components = 0;
  let charts = 0;
  const names = new Set<string>();
  for (const root of parsed.data.body.elements as Node[]) {
    walk(root, (n) => {
      components += 1;
      if (n.tag === 'chart') charts += 1;
      if (typeof n.name === 'string') {
        if (names.has(n.name)) problems.push(`name ${n.name} is used twice`);
        names.add(n.name);
      }
    });
    if (root.tag === 'form') {
      const children = root.elements as Node[];
      if (!children.some((c) => c.form_action_type === 'submit'))
        problems.push(`form ${String(root.name)} has no submit button`);
    }
  }
  if (components > CARD_LIMITS.elements) problems.push(`${components} components, over 200`);
  if (charts > CARD_LIMITS.charts) problems.push(`${charts} charts, over 5`);
  return problems;
}
