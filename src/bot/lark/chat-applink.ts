/**
 * Lark's AppLink that opens a chat (`/client/chat/open?openChatId=oc_…`): in the Lark client it goes straight
 * to the chat; in a browser Lark's own page offers to open it. On Lark (larksuite) the host is Lark's.
 */
export function chatApplink(domain: string, chatId: string): string {
  const host =
    domain === 'https://open.larksuite.com' ? 'https://applink.larksuite.com' : 'https://applink.feishu.cn';
  return `${host}/client/chat/open?openChatId=${encodeURIComponent(chatId)}`;
}
