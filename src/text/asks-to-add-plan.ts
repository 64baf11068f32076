import { normalise } from './normalise';

// A reply to a file message that asks the bot to add it as a plan: `@审计助手 导入` (or `导入方案`,
// `方案 导入`, or the mention alone). The door looks up the replied-to message only for these.

const ASKS = new Set(['', '导入', '导入方案', '方案导入', '添加方案', '方案添加', 'import']);

export function asksToAddPlan(text: string): boolean {
  return ASKS.has(normalise(text).replace(/\s+/g, '').toLowerCase());
}
