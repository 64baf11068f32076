import type { Action, ActionField } from '../../reply/reply';

// An `actions` block as card 2.0 components. An action without fields is a button; one with fields is a
// `form` (at the card's root, as 2.0 requires) holding its inputs and a submit button. Each button's value
// is a small object, `{cmd}`: the command with `{name}` placeholders renamed to the form's component names,
// so the click comes back as the text a person could have typed (src/bot/lark/read-click.ts fills it in).

type Element = Record<string, unknown>;

/**
 * Numbers forms and fields across one card, so every component name is unique within it; and carries the
 * card's stamp, which every button of the card sends back.
 */
export interface NameCounter {
  next: number;
  /** What the card shows, in a few characters (src/bot/lark/card-stamp.ts). */
  stamp: string;
}

/** The value a button carries back in its callback. */
export interface ButtonValue {
  cmd: string;
  /** 1: the click answers with a toast only and leaves the card (a list of several items) as it is. */
  keep?: 1;
  /**
   * The stamp of the card the button was drawn on: a second click on the same drawing with the same values
   * (a double click, a submit pressed twice before the card is redrawn) is the same click
   * (src/bot/lark/click-key.ts).
   */
  r?: string;
}

/** A component name's first letter says how its value is read back (a date picker's value is normalised). */
const PREFIX: Record<ActionField['kind'], string> = { text: 't', date: 'd', select: 's' };

const BUTTON_TYPE: Record<NonNullable<Action['style']>, string> = {
  primary: 'primary_filled',
  danger: 'danger',
  default: 'default',
};

const plain = (content: string) => ({ tag: 'plain_text', content });

/** Card 2.0 placeholders and labels are plain text, never parsed, but Lark caps them at 100 characters. */
const short = (text: string) => (text.length > 100 ? `${text.slice(0, 99)}…` : text);

function button(action: Action, cmd: string, stamp: string, extra: Element = {}): Element {
  const value: ButtonValue = action.keep ? { cmd, keep: 1, r: stamp } : { cmd, r: stamp };
  return {
    tag: 'button',
    text: plain(short(action.label)),
    type: BUTTON_TYPE[action.style ?? 'default'],
    ...extra,
    behaviors: [{ type: 'callback', value }],
  };
}

function field(f: ActionField, name: string): Element {
  const required = f.optional !== true;
  const placeholder = plain(short(f.placeholder ?? f.label));
  switch (f.kind) {
    case 'text':
      return {
        tag: 'input',
        name,
        required,
        label: plain(short(f.label)),
        placeholder,
        max_length: 1000,
        width: 'fill',
      };
    case 'date':
      return { tag: 'date_picker', name, required, placeholder, width: 'fill' };
    case 'select':
      return {
        tag: 'select_static',
        name,
        required,
        placeholder,
        width: 'fill',
        options: (f.options ?? []).map((o) => ({ text: plain(short(o.label)), value: o.value })),
      };
  }
}

function form(action: Action, names: NameCounter): Element {
  const n = names.next++;
  let cmd = action.command;
  const fields = (action.fields ?? []).map((f, j) => {
    const name = `${PREFIX[f.kind]}${n}_${j}`;
    cmd = cmd.split(`{${f.name}}`).join(`{${name}}`);
    return field(f, name);
  });
  return {
    tag: 'form',
    name: `form_${n}`,
    elements: [
      ...fields,
      button(action, cmd, names.stamp, { name: `submit_${n}`, form_action_type: 'submit' }),
    ],
  };
}

export function actionElements(actions: Action[], names: NameCounter): Element[] {
  const out: Element[] = [];
  const buttons = actions.filter((a) => !a.fields?.length).map((a) => button(a, a.command, names.stamp));
  if (buttons.length === 1) out.push(buttons[0]!);
  if (buttons.length > 1)
    out.push({
      tag: 'column_set',
      flex_mode: 'flow',
      columns: buttons.map((b) => ({ tag: 'column', width: 'auto', elements: [b] })),
    });
  for (const action of actions) if (action.fields?.length) out.push(form(action, names));
  return out;
}
