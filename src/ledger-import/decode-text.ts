import { LedgerFileError } from './ledger-file-error';

// A CSV's bytes as text: UTF-8 (with or without the byte-order mark Excel writes), else GB18030 (a superset of
// GBK, what Excel on a Chinese Windows saves as "CSV"). Bytes that are neither are refused, not guessed at.

export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: 'UTF-8' | 'GBK' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: try the Chinese Windows encoding.
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { text, encoding: 'GBK' };
  } catch {
    throw new LedgerFileError(
      `${file} 既不是 UTF-8 也不是 GBK 编码的文本,读不了;请在 Excel 中另存为“CSV UTF-8”或 .xlsx 再导入`,
    );
  }
}
