import { z } from 'zod';

// A click on one of the bot's cards → the command text it runs: the button's value carries the command with
// `{name}` placeholders (src/bot/lark/action-elements.ts), the form's values fill them. The text is then no
// more than what the clicker could have typed, and it goes through the same core and permission checks.

const valueSchema = z.object({ cmd: z.string().min(1).max(600), keep: z.literal(1).optional() });

/** Longest command a click may produce (a typed message is not longer in practice). */
const MAX_TEXT = 4000;

/** A form value as text: a date picker's `2026-12-31 +0800` becomes `2026-12-31`; lists join with spaces. */
function valueText(name: string, value: unknown): string {
  const text = Array.isArray(value)
    ? value.filter((v) => typeof v === 'string').join(' ')
    : typeof value === 'string' || typeof value === 'number'
      ? String(value)
      : '';
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (name.startsWith('d')) return /^(\d{4}-\d{2}-\d{2})/.exec(oneLine)?.[1] ?? oneLine;
  return oneLine;
}

export function readClick(
  value: unknown,
  formValue: Record<string, unknown>,
): { ok: true; text: string; keep: boolean } | { ok: false; reason: string } {
  const parsed = valueSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'button value is not a command' };
  const text = parsed.data.cmd
    .replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (_m, name: string) => valueText(name, formValue[name]))
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return { ok: false, reason: 'empty command' };
  if (text.length > MAX_TEXT) return { ok: false, reason: 'command too long' };
  return { ok: true, text, keep: parsed.data.keep === 1 };
}
