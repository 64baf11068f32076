import { createHash } from 'node:crypto';

// The key a card click is recorded and deduplicated under. Lark gives every click its own event_id — also
// the second of a double click, or a submit pressed again before the card is redrawn. A click is the same
// click when the same person presses a button of the same drawing of the same card (its stamp,
// src/bot/lark/card-stamp.ts) with the same values: it is then answered as the first was and runs nothing
// again. A card redrawn in a new state has a new stamp, so pressing again there is a new click. A button of a
// card drawn before stamps existed falls back to the event id.

export interface ClickIdentity {
  eventId: string;
  operator: string;
  /** The card's message (else its chat). */
  card: string;
  value: unknown;
  formValue: Record<string, unknown>;
}

export function clickKey(click: ClickIdentity): string {
  const stamp =
    click.value && typeof click.value === 'object' ? (click.value as { r?: unknown }).r : undefined;
  if (typeof stamp !== 'string' || stamp === '') return `c:${click.eventId}`;
  const form = Object.keys(click.formValue)
    .sort()
    .map((name) => [name, click.formValue[name]]);
  const digest = createHash('sha256')
    .update(JSON.stringify([click.operator, click.card, click.value, form]))
    .digest('base64url')
    .slice(0, 32);
  return `c:${digest}`;
}
