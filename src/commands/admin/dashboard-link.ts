import {
  dashboardLinkPrivateOnly,
  dashboardLinkReply,
  dashboardNotOnRoster,
} from '../../reply/dashboard-wording';
import { textReply } from '../../reply/reply';
import { linkToken } from '../../signin/link-token';
import { signInSecret } from '../../signin/sign-in-secret';
import { signInUrl } from '../../signin/sign-in-url';
import { wallClock } from '../../time/calendar-day';
import { actorOf, metaOf } from '../access';
import { defineCommand } from '../define-command';

// `看板`: a one-time sign-in link to the dashboard pages, in private chat only (the link signs its holder in
// as the sender). Who sees what is the roster's business at every page, so only people on it get a link.

export const dashboardLinkCommand = defineCommand<null>({
  name: '看板',
  aliases: ['看板', '仪表盘', 'dashboard'],
  separated: true,
  usage: '看板 — (私聊)一次性登录链接,打开整改台账和进展看板',
  examples: ['看板'],
  parse: (rest) => (rest.trim() === '' ? null : textReply('私聊发送“看板”即可获取登录链接,不需要其他参数。')),
  run(_args, msg, deps) {
    if (!msg.private) return dashboardLinkPrivateOnly();
    const actor = actorOf(msg, deps);
    if (!actor.isAdmin && !actor.member) return dashboardNotOnRoster();
    const secret = signInSecret(deps.store, metaOf(msg));
    const { token, expires } = linkToken(secret, msg.userId, msg.at);
    const w = wallClock(expires, deps.timeZone);
    const hhmm = `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
    return dashboardLinkReply(signInUrl(deps.publicUrl, token), hhmm);
  },
});
