import type { Action, Block, Line, Reply } from '../../src/reply/reply';

// Test support for card actions. `itemActions` is a small stand-in for the item actions another branch builds
// (src/commands/item-actions.ts there): buttons and forms for the ledger commands that exist today.
// `withItemActions` puts them after each item line of a reminder, as the merged reminders will.
// `findAction` reads a rendered card the way a person's click would use it: the button, and its form's fields.

export function itemActions(id: string, reviewer = false): Action[] {
  return [
    {
      label: '销号',
      style: 'primary',
      command: `整改 销号 ${id} {说明}`,
      fields: [{ name: '说明', label: '销号说明', kind: 'text', placeholder: '整改结果' }],
    },
    {
      label: '申请延期',
      command: `整改 延期 ${id} {期限} {理由}`,
      fields: [
        { name: '期限', label: '新期限', kind: 'date' },
        { name: '理由', label: '延期理由', kind: 'text' },
      ],
    },
    ...(reviewer ? [{ label: '通过', style: 'primary' as const, command: `整改 审核 ${id}` }] : []),
    { label: '查看经过', command: `整改 查看 ${id}` },
  ];
}

/** The item id a reminder line starts with (`**ZG-2026-001** 问题|…`). */
function lineItemId(line: Line): string | undefined {
  const first = typeof line === 'string' ? line : line[0];
  const text = typeof first === 'string' ? first : first && 'strong' in first ? first.strong : '';
  return /^ZG-\d{4}-\d{3,}/.exec(text)?.[0];
}

/** A reminder with each item line followed by that item's actions. */
export function withItemActions(reply: Reply, actionsOf: (id: string) => Action[]): Reply {
  const blocks: Block[] = [];
  for (const block of reply.blocks) {
    if (block.type !== 'list' || !block.items.some((l) => lineItemId(l))) {
      blocks.push(block);
      continue;
    }
    for (const line of block.items) {
      blocks.push({ type: 'paragraph', content: line });
      const id = lineItemId(line);
      if (id) blocks.push({ type: 'actions', actions: actionsOf(id) });
    }
  }
  return { ...reply, blocks };
}

type Node = Record<string, unknown>;

export interface FoundAction {
  /** The button's callback value, as Lark sends it back. */
  value: Record<string, unknown>;
  /** The form's component names, in order (empty for a plain button). */
  fields: string[];
}

/** The button (or form submit) of a card whose command starts with `command`. */
export function findAction(card: Node, command: string): FoundAction | undefined {
  const body = card.body as { elements: Node[] };
  const callbackValue = (button: Node) =>
    ((button.behaviors as Node[] | undefined)?.[0]?.value ?? {}) as Record<string, unknown>;
  const matches = (button: Node) => String(callbackValue(button).cmd ?? '').startsWith(command);
  for (const el of body.elements) {
    if (el.tag === 'form') {
      const children = el.elements as Node[];
      const submit = children.find((c) => c.form_action_type === 'submit');
      if (submit && matches(submit))
        return {
          value: callbackValue(submit),
          fields: children
            .filter((c) => c.tag !== 'button' && c.tag !== 'markdown')
            .map((c) => String(c.name)),
        };
    }
    const buttons =
      el.tag === 'button'
        ? [el]
        : el.tag === 'column_set'
          ? (el.columns as Node[]).flatMap((c) => (c.elements as Node[]).filter((e) => e.tag === 'button'))
          : [];
    const button = buttons.find(matches);
    if (button) return { value: callbackValue(button), fields: [] };
  }
  return undefined;
}

/** A form's values as Lark sends them, by component name, from the values a person enters in order. */
export function formValueOf(action: FoundAction, values: string[]): Record<string, string> {
  return Object.fromEntries(action.fields.map((name, i) => [name, values[i] ?? '']));
}
