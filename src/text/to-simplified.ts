import { Converter } from 'opencc-js/t2cn';

// Staff in Hong Kong, Taiwan or with a traditional-character input method type 鄉村振興誰管; the plan
// is in simplified characters. OpenCC's traditional → mainland-simplified tables (phrase-aware, so
// 乾隆 and 著名 stay as they are) do the reading. Built on first use: ~0.1 MB of tables, then a few µs a call.

let convert: ((text: string) => string) | undefined;

/** The text in simplified characters; simplified text comes back unchanged. */
export function toSimplified(text: string): string {
  convert ??= Converter({ from: 't', to: 'cn' });
  return convert(text);
}
