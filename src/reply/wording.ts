import { note, paragraph, type Reply, textReply } from './reply';

// The user-facing wording of errors and refusals, in one place: every door and command says the same thing
// the same way, and each says what was (not) recorded.

/** A command threw: nothing it started was kept. */
export function failedReply(): Reply {
  return {
    colour: 'red',
    blocks: [
      paragraph('出错了,这条消息没有处理成功,没有记录任何内容,已记下错误供管理员查看。'),
      note('请稍后再发一次,或发送“帮助”查看用法。'),
    ],
  };
}

/** A command took too long and was given up before it recorded anything. */
export function timedOutReply(): Reply {
  return textReply('处理超时,这条消息没有记录任何内容。请稍后再发一次。', 'red');
}

/**
 * The store could not write when the message ran (a full disk, an I/O error): whether it was recorded is
 * being checked; the real answer follows once it is known. Never says "not recorded": that is not certain.
 */
export function outcomeCheckingReply(): Reply {
  return textReply(
    '服务器暂时无法写入数据,这条消息是否已记录正在核实。恢复后会自动处理,并把结果回复给您;请不要重发。',
    'orange',
  );
}

/** A message type the bot cannot read (image, sticker, …). */
export function unsupportedMessageReply(): Reply {
  return textReply('请发送文字消息,图片、表情这类消息我读不懂。发送「帮助」查看可用命令。');
}

/** A file from someone who may not add plans: files sent to the bot are plans for it to add. */
export function planFilesAdminsOnly(): Reply {
  return refusal('只有管理员可以发方案文件给我导入;其他文件我读不懂,请把要问或要记的内容用文字发给我。');
}

/** A plan file that cannot be added (the reason names the file). Nothing was kept. */
export function planFileRefused(reason: string): Reply {
  return textReply(`${reason.replace(/[。.]$/, '')}。没有导入任何内容。`, 'orange');
}

/** A plan file the bot could not get at this time. Nothing was kept. */
export function planFileUnavailable(reason: string): Reply {
  return textReply(`${reason}没有导入任何内容。`, 'orange');
}

/** The polite refusal for someone not on the roster; it says who can grant access. Nothing is recorded. */
export function notOnRoster(what: string): Reply {
  return textReply(
    `抱歉,您还不在审计助手的成员名单中,暂不能${what}。请联系管理员用「成员 添加 @您 <处室> [处长|成员]」把您加入所在处室。本次未记录任何内容。`,
    'orange',
  );
}

/** A refusal: the reason, then that nothing was recorded. */
export function refusal(text: string): Reply {
  return textReply(`抱歉,${text}本次未记录任何内容。`, 'orange');
}

/** A card click whose button the bot cannot read (an old or foreign card): nothing was run. */
export function staleButtonReply(): Reply {
  return textReply('这个按钮已失效,本次未记录任何内容。请重新发送命令。', 'orange');
}

/** A card click still being worked on after Lark's 3 seconds: the card is redrawn when it is done. */
export function clickPendingReply(): Reply {
  return textReply('正在处理,完成后会更新这张卡片。');
}

/** A card click Lark delivered again after this process restarted: it ran once already, nothing more. */
export function duplicateClickReply(): Reply {
  return textReply('这次操作已经处理过,没有重复记录。');
}

/**
 * A question of a five-year period no known plan covers (`十五五方案有哪些目标` with only 2021—2025 known): said so,
 * with the plans there are, and nothing answered from another period's plan.
 */
export function noPlanOfPeriod(name: string, known: readonly string[]): Reply {
  return textReply(
    `没有找到“${name}”时期的方案,所问的内容不从其他时期的方案作答。现有:${known.join('、')}。新方案导入后(管理员用「plan add <文件>」或在群里发送方案文件)再问;发「方案」查看全部。`,
    'orange',
  );
}
