import { ROW_WORDS } from '../reply/ledger-import-wording';

// A ledger's 整改状态 word: closed (已销号, 已整改, 已完成…) or open (整改中, 未整改, blank…); 持续整改 is open,
// of 类型 持续整改. A word not known is read as open, and said.

export interface LedgerState {
  closed: boolean;
  ongoing?: true;
  doubt?: string;
}

const CLOSED = new Set([
  '已销号',
  '销号',
  '已整改',
  '已完成',
  '完成',
  '整改完成',
  '已整改完成',
  '已完成整改',
  '已整改到位',
  '整改到位',
  '已办结',
  '办结',
  '是',
]);
const OPEN = new Set([
  '整改中',
  '正在整改',
  '未整改',
  '未完成',
  '未销号',
  '待整改',
  '部分整改',
  '推进中',
  '进行中',
  '否',
]);
const ONGOING = new Set(['持续整改', '长期整改', '持续推进', '长期坚持']);

export function readLedgerState(text: string): LedgerState {
  const word = text.replace(/[\s,，。.、;；!！]/g, '');
  if (!word) return { closed: false };
  if (CLOSED.has(word)) return { closed: true };
  if (ONGOING.has(word)) return { closed: false, ongoing: true };
  if (OPEN.has(word)) return { closed: false };
  return { closed: false, doubt: ROW_WORDS.unknownState(text) };
}
