import { createHash } from 'node:crypto';

// What a card click is done once under. Lark gives every click its own event_id — also the second of a
// double click, or a submit pressed again before the card is redrawn. A click is the same click when the
// same person presses a button of the same drawing of the same card (its stamp, src/bot/lark/card-stamp.ts)
// with the same values. That key is the click's transaction id in the store (src/store: a transaction whose
// changes are committed is not run again, its reply comes back): so a second press is answered as the
// first was and records nothing; a press that changed nothing (a refusal, a timeout) committed nothing and
// can be pressed again. A card redrawn in a new state has a new stamp, so pressing there is a new click. A
// button of a card drawn before stamps existed has no key: its event id serves.

export interface PressedButton {
  operator: string;
  /** The card's message (else its chat). */
  card: string;
  value: unknown;
  formValue: Record<string, unknown>;
}

export function clickOnceKey(click: PressedButton): string | undefined {
  const stamp =
    click.value && typeof click.value === 'object' ? (click.value as { r?: unknown }).r : undefined;
  if (typeof stamp !== 'string' || stamp === '') return undefined;
  const form = Object.keys(click.formValue)
    .sort()
    .map((name) => [name, click.formValue[name]]);
  const digest = createHash('sha256')
    .update(JSON.stringify([click.operator, click.card, click.value, form]))
    .digest('base64url')
    .slice(0, 32);
  return `click:${digest}`;
}
