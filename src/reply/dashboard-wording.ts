import { LINK_MINUTES, SESSION_HOURS } from '../signin/sign-in-terms';
import { note, paragraph, type Reply, textReply } from './reply';

// What the dashboard says to people, in chat and on its sign-in and refusal pages: one place for the wording.

/** `看板` answered in private chat: the one-time link. */
export function dashboardLinkReply(url: string, expiresAt: string): Reply {
  return {
    title: '整改与进展看板',
    colour: 'blue',
    blocks: [
      paragraph([{ link: url, text: '点此登录看板' }]),
      note(
        `链接只能用一次,${LINK_MINUTES} 分钟内有效(至 ${expiresAt});登录后 ${SESSION_HOURS} 小时内不用再登录。链接等同于您的身份,请勿转发。`,
      ),
    ],
  };
}

/** `看板` in a group: the link is for one person, so it is sent only in private chat. */
export function dashboardLinkPrivateOnly(): Reply {
  return textReply(
    '看板登录链接只在私聊中发送(链接等同于您的身份,不宜发在群里)。请私聊我发送“看板”。本次未记录任何内容。',
    'orange',
  );
}

/** `看板` from someone the roster does not know: the dashboard shows nothing to them. */
export function dashboardNotOnRoster(): Reply {
  return textReply(
    '看板按成员名单开放:处室成员看本处室,秘书处和管理员看全部。您还不在名单中,请联系管理员用「成员 添加 @您 <处室> [处长|成员]」把您加入所在处室。本次未记录任何内容。',
    'orange',
  );
}

/** How to sign in, for the page a visitor without a session is sent to. */
export const SIGN_IN_HOW = `在飞书里私聊审计助手,发送“看板”,点击回复里的链接即可登录(链接 ${LINK_MINUTES} 分钟内有效,只能用一次)。登录后 ${SESSION_HOURS} 小时内有效。`;

/** Why a sign-in link was not taken, as the page says it. */
export const LINK_REFUSED = {
  malformed: '这个登录链接不完整或已损坏。请复制完整的链接,或重新发送“看板”获取新链接。',
  forged: '这个登录链接无效(不是审计助手签发的,或已被改动)。请私聊审计助手发送“看板”获取新链接。',
  expired: `这个登录链接已过期(${LINK_MINUTES} 分钟内有效)。请私聊审计助手重新发送“看板”获取新链接。`,
  used: '这个登录链接已经用过了(每个链接只能用一次)。请私聊审计助手重新发送“看板”获取新链接。',
} as const;

/** Someone signed in whom the roster gives nothing to see. */
export const NOT_ON_ROSTER_PAGE =
  '看板按成员名单开放:处室成员看本处室,秘书处和管理员看全部。您不在成员名单中,暂时看不到任何内容。请联系管理员用「成员 添加」把您加入所在处室。';

/** A division's member asking for another division's item. */
export const OTHER_DIVISION_ITEM = '这个整改事项属于其他处室,您只能查看本处室的事项。';

/** Lark's sign-in did not complete. */
export const LARK_LOGIN_FAILED =
  '飞书登录没有完成(授权被取消、已过期或无法确认身份)。请重新登录,或私聊审计助手发送“看板”获取登录链接。';

/** An evidence file the item does not have, or whose bytes are gone (`verify` names it). */
export const NO_EVIDENCE_FILE = '这个整改事项没有这份佐证材料,或文件已缺失(请管理员运行 verify 检查)。';
