// Why a text could not be read as a holiday notice, in one line of Chinese (the CLI prints it after the
// file's name, the bot in its reply). Nothing is ever half-read: any doubt is one of these.

export type NoticeProblem = 'not-a-notice' | 'no-year' | 'nothing-read' | 'inconsistent';

function wording(problem: NoticeProblem, detail: string): string {
  switch (problem) {
    case 'not-a-notice':
      return '这不是节假日安排通知:没有找到“一、元旦:1月1日放假……”这样的安排';
    case 'no-year':
      return '读不出这份通知是哪一年的:请连同标题“国务院办公厅关于20XX年部分节假日安排的通知”一起发送';
    case 'nothing-read':
      return `通知里没有读到任何放假或上班的日期${detail ? `(${detail})` : ''}`;
    case 'inconsistent':
      return `通知的日期对不上:${detail}。请核对通知原文`;
  }
}

export class NoticeError extends Error {
  override readonly name = 'NoticeError';
  constructor(
    readonly problem: NoticeProblem,
    detail = '',
  ) {
    super(wording(problem, detail).replace(/[\r\n]+/g, ' '));
  }
}
