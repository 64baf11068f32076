import { list, note, paragraph, type Reply } from './reply';

// What a command that writes says when the number typed names two tasks — the bot's short id of one and the
// plan's own sub-item number of another (`3.1`: the bot's 3.1, and the plan's 3（1）).

export interface NumberReading {
  /** `3.1 统筹开展经济责任审计…(二(三)5)`. */
  line: string;
  /** What to type for it alone: `3（1）`, `二(三)5`. */
  typed: string;
}

/** Asked which one, each with the exact thing to type; nothing is recorded. */
export function twoTasksOfNumberReply(
  written: string,
  readings: readonly NumberReading[],
  example: (typed: string) => string,
): Reply {
  return {
    colour: 'orange',
    blocks: [
      paragraph(`“${written}”可以指两项任务,本次没有记录任何内容。请写明是哪一项:`),
      list(readings.map((r) => `${r.line} — 请发「${example(r.typed)}」`)),
      note('方案原文把子项写作 3（1）这样的括号编号;本助手的编号(如 3.1)是按章节排的,两者可能指不同任务。'),
    ],
  };
}

/** The one the update's own words speak of, said so, and what to type for the other. */
export function numberReadByContentNote(
  written: string,
  chosen: NumberReading,
  other: NumberReading,
): string {
  return `“${written}”有两种读法,按内容理解为 ${chosen.line};如指 ${other.line},请写 ${other.typed}`;
}
