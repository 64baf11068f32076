import { paragraph, type Reply } from './reply';

// What the bot says back to a greeting, a season's wish, a thanks, an acknowledgement, a goodbye or `你能干啥`: briefly, in kind; a
// greeting gets a few examples of what it can be asked (taken by the caller from the plan in use).

type SocialAct = 'greeting' | 'thanks' | 'wishes' | 'acknowledge' | 'goodbye' | 'abilities';

/** `wish`: the wish said to the bot (`新年快乐`), said back. */
export function socialReply(act: SocialAct, examples: readonly string[], wish?: string): Reply {
  switch (act) {
    case 'abilities': {
      const shown = examples.map((e) => `「${e}」`).join('');
      return {
        blocks: [
          paragraph(
            `我是审计助手:回答方案里谁牵头、做什么、目标多少${shown ? `(例如${shown})` : ''},记录任务进展,管理整改台账并按工作日提醒。发 帮助 查看全部用法。`,
          ),
        ],
      };
    }
    case 'greeting': {
      const shown = examples.map((e) => `「${e}」`).join('');
      return {
        blocks: [
          paragraph(
            `您好!我是审计助手,可以问我方案里的事${shown ? `,例如${shown}` : ''},发 帮助 查看全部用法。`,
          ),
        ],
      };
    }
    case 'wishes':
      return { blocks: [paragraph(`也祝您${wish ?? '一切顺利'}!有问题随时问我。`)] };
    case 'thanks':
      return { blocks: [paragraph('不客气!还有问题随时问我。')] };
    case 'goodbye':
      return { blocks: [paragraph('再见!有事随时找我。')] };
    case 'acknowledge':
      return { blocks: [paragraph('好的。还有需要随时告诉我。')] };
  }
}
