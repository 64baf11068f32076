// Amounts (金额) are kept in 万元, as audit reports state them: `30万元`, `30万`, `30`, `1,200.5万元`.
// An amount in 元 is refused rather than divided, so a figure is never recorded 10 000 times too large.

export type ParsedAmount = { ok: true; value: number } | { ok: false; reason: string };

export function parseAmount(text: string): ParsedAmount {
  const t = text.replace(/\s+/g, '');
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元|万)?$/.exec(t);
  if (m) return { ok: true, value: Number(`${m[1]!.replaceAll(',', '')}${m[2] ?? ''}`) };
  if (/^[\d,.]+元$/.test(t))
    return { ok: false, reason: `金额请以万元为单位,例如「金额:30万元」(收到“${text}”)` };
  return { ok: false, reason: `看不懂金额“${text}”,请写作「金额:30万元」或「金额:12.5」(单位万元)` };
}
