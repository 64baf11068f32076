import { fileSizeText } from './file-size-text';
import { type Reply, textReply } from './reply';

// What the bot says about evidence files (佐证材料) kept with ledger items.

/** The minutes a file may follow `整改 附件` or a 销号. */
export const FILE_WINDOW_MINUTES = 10;

export function evidenceKeptText(id: string, file: { name: string; size: number }): string {
  return `已收到 ${id} 的佐证材料:${file.name}(${fileSizeText(file.size)})。`;
}

export function evidenceAlreadyKept(id: string, name: string): Reply {
  return textReply(`${id} 已有这份佐证材料(${name},内容相同),没有重复保存。`, 'orange');
}

/** A member's close where evidence is required, sent without a file: nothing recorded yet. */
export function evidenceMissing(id: string): Reply {
  return textReply(
    `还缺佐证材料:请回复本消息发送文件或图片,或在 ${FILE_WINDOW_MINUTES} 分钟内直接发送,收到后即提交 ${id} 的销号申请。本次暂未记录。`,
    'orange',
  );
}

/** `整改 附件 <编号>`: the file is awaited. */
export function awaitingEvidence(id: string): string {
  return `请在 ${FILE_WINDOW_MINUTES} 分钟内发送 ${id} 的佐证材料(图片、PDF、Word 等),或回复本消息发送。`;
}

export function noEvidenceYet(id: string): string {
  return `${id} 还没有佐证材料。`;
}

/** Several items in the message replied to: which one the file is for is not clear. */
export function evidenceItemUnclear(ids: string[]): Reply {
  return textReply(
    `您回复的消息里有 ${ids.join('、')} 多条事项,不知道这份文件属于哪一条。请先发「整改 附件 <编号>」再发文件。没有记录任何内容。`,
    'orange',
  );
}

/** The setting changed: a member's close in `scope` needs a file, or not. */
export function evidenceRuleSet(scope: string, required: boolean): Reply {
  return textReply(
    required
      ? `已设置:${scope}成员的销号申请必须附佐证材料(图片或文件),没有材料的销号会等材料到了再提交。`
      : `已设置:${scope}成员的销号申请可不附佐证材料。`,
    'green',
  );
}

/** The files could not be sent back here (a terminal, local mode). */
export function evidenceFilesListed(id: string, count: number): string {
  return `${id} 共有 ${count} 份佐证材料,文件随后发出。`;
}
