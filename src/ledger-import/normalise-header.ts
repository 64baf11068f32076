import { toHalfWidth } from '../text/normalise';

// A header as written (`问题金额（万元）`, `涉及金额 (元)`, `金额/万元`, `整改\n时限`) → its name and the money
// unit it states, for the mapping table.

export type MoneyUnit = '元' | '万元' | '亿元';

const UNIT = /(?:[([【]\s*(?:单位\s*[:：]?\s*)?(元|万元|亿元)\s*[)\]】]|[/／]\s*(元|万元|亿元))$/;

export function normaliseHeader(text: string): { name: string; unit?: MoneyUnit } {
  const flat = toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/[*＊:：]+$/, '');
  const m = UNIT.exec(flat);
  const unit = (m?.[1] ?? m?.[2]) as MoneyUnit | undefined;
  const name = (m ? flat.slice(0, m.index) : flat).replace(/[()[\]【】]/g, '');
  return unit ? { name, unit } : { name };
}
