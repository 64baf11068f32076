import { textReply } from '../../reply/reply';
import { ASKS_TARGET, LOOKS_LIKE_QUESTION } from '../../understand/grammar';
import { defineCommand } from '../define-command';
import { answerText } from './answer-reading';

/** A second question after the thing asked, set apart by a space or a comma (`整改落实 整改完成率要多少`). */
const FURTHER_QUESTION = /^\S+[\s,，]+(.+)$/;

/**
 * `谁牵头 古城项目群`: the question `古城项目群谁牵头`, read and answered as typed questions are. `谁牵头整改落实
 * 整改完成率要多少` asks who leads the first thing only, then a question of its own: read as typed. A bare
 * `谁牵头` right after something was spoken of in the chat asks it of that (the chat's last task or subject);
 * with nothing spoken of, the reply says what to write after it.
 */
export const whoCommand = defineCommand<{ query: string }>({
  name: '谁牵头',
  aliases: ['who', '谁负责', '哪个处室'],
  usage: '谁牵头 <关键词> — 某项工作由哪个处室牵头、哪些配合',
  examples: ['谁牵头 古城项目群', '公租房审计谁来管?'],
  parse: (rest) => ({ query: rest }),
  run: ({ query }, msg, deps) => {
    if (!query) {
      const topic = msg.chatId ? deps.conversation.recall(msg.chatId, msg.at) : undefined;
      return topic && topic.planId === deps.plan.id
        ? answerText('谁牵头', msg, deps)
        : textReply('请在“谁牵头”后面写上要查的事项,例如:谁牵头 古城项目群');
    }
    const further = FURTHER_QUESTION.exec(query.trim())?.[1] ?? '';
    const asks = LOOKS_LIKE_QUESTION.test(further) || ASKS_TARGET.test(further);
    return answerText(asks ? `谁牵头 ${query}` : `${query} 谁牵头`, msg, deps);
  },
});
