import { textReply } from '../../reply/reply';
import { defineCommand, isReply } from '../define-command';
import { progressRecordCommand } from './progress-record';
import { resolveTarget } from './progress-target';

// `进展 指标5-1 <内容>`: progress on an indicator named as the table numbers it. 进展's own split reads
// `指标5-1 …` as `指标5` and `-1 …`, so the indicator forms are read here and recorded by 进展 itself
// (same checks, same record). Anything else after `进展 指标` goes to 进展 unchanged.
const REF = /^(\d+(?:\s*[-－—–.．]\s*\d+)?)(?:\s+|$)(.*)$/s;

export const progressIndicatorCommand = defineCommand<{ parsed: unknown }>({
  name: '进展 指标',
  aliases: ['进展指标'],
  usage: '进展 指标<序号> <内容> — 记录指标进展,序号同目标指标表(如 指标6、指标5-1)',
  examples: ['进展 指标5-1 完成2个项目'],
  parse(rest, msg, deps) {
    const m = REF.exec(rest);
    if (!m) {
      const parsed = progressRecordCommand.parse(`指标${rest}`, msg, deps);
      return isReply(parsed) ? parsed : { parsed };
    }
    const word = `指标${m[1]!.replace(/\s+/g, '')}`;
    const resolved = resolveTarget(word, deps);
    if (!resolved.ok) return resolved.reply;
    const content = m[2]!.trim();
    if (!content) {
      return textReply(
        `请在「${resolved.label}」后面写上进展内容,例如「进展 ${word} 完成审计进点」。`,
        'orange',
      );
    }
    return { parsed: { target: resolved.target, label: resolved.label, text: content } };
  },
  run: ({ parsed }, msg, deps) => progressRecordCommand.run(parsed, msg, deps),
});
