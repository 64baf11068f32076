import { textReply } from '../../reply/reply';
import { defineCommand } from '../define-command';
import { answerText } from './answer-reading';

/** `谁牵头 古城项目群`: the question `古城项目群谁牵头`, read and answered as typed questions are. */
export const whoCommand = defineCommand<{ query: string }>({
  name: '谁牵头',
  aliases: ['who', '谁负责', '哪个处室'],
  usage: '谁牵头 <关键词> — 某项工作由哪个处室牵头、哪些配合',
  examples: ['谁牵头 古城项目群', '公租房审计谁来管?'],
  parse: (rest) =>
    rest ? { query: rest } : textReply('请在“谁牵头”后面写上要查的事项,例如:谁牵头 古城项目群'),
  run: ({ query }, msg, deps) => answerText(`${query} 谁牵头`, msg, deps),
});
