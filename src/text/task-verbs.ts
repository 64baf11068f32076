/**
 * The general verbs a plan's tasks open with (`加强城乡治理`, `推进安居工程`, `提升…`): they say what is done to a
 * thing, never which thing. Search reads a phrase after one as standing on its own; understanding reads one
 * typed in a question as no word of its subject. One list for both, so the two never drift apart.
 */
export const TASK_VERBS: readonly string[] = [
  '打造',
  '提升',
  '提高',
  '推动',
  '推进',
  '加强',
  '强化',
  '加快',
  '加大',
  '开展',
  '实施',
  '完善',
  '健全',
  '支持',
  '促进',
  '落实',
  '做好',
  '抓好',
  '深化',
  '优化',
  '保障',
];
