import { paragraph, type Reply } from './reply';

// What the bot says back to a greeting, a thanks, an acknowledgement or a goodbye: briefly, in kind; a
// greeting gets a few examples of what it can be asked (taken by the caller from the plan in use).

type SocialAct = 'greeting' | 'thanks' | 'acknowledge' | 'goodbye';

export function socialReply(act: SocialAct, examples: readonly string[]): Reply {
  switch (act) {
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
    case 'thanks':
      return { blocks: [paragraph('不客气!还有问题随时问我。')] };
    case 'goodbye':
      return { blocks: [paragraph('再见!有事随时找我。')] };
    case 'acknowledge':
      return { blocks: [paragraph('好的。还有需要随时告诉我。')] };
  }
}
