import { describe, expect, it } from 'vitest';
import { readSocial } from '../../src/understand/read-social';

describe('readSocial', () => {
  it('reads greetings, thanks and acknowledgements said on their own, padding and address aside', () => {
    expect(readSocial('你好')).toBe('greeting');
    expect(readSocial('您好，在吗？')).toBe('greeting');
    expect(readSocial('哈喽')).toBe('greeting');
    expect(readSocial('谢谢老师！')).toBe('thanks');
    expect(readSocial('好的，谢谢')).toBe('thanks');
    expect(readSocial('收到 多谢')).toBe('thanks');
    expect(readSocial('好嘞')).toBe('acknowledge');
    expect(readSocial('拜拜')).toBe('goodbye');
  });

  it('reads emoji, thanks for help and asking what the bot does', () => {
    expect(readSocial('👍')).toBe('acknowledge');
    expect(readSocial('收到👌')).toBe('acknowledge');
    expect(readSocial('👍🏻')).toBe('acknowledge');
    expect(readSocial('🙏')).toBe('thanks');
    expect(readSocial('感谢帮忙！')).toBe('thanks');
    expect(readSocial('麻烦你了')).toBe('thanks');
    expect(readSocial('谢谢啊，辛苦啦')).toBe('thanks');
    expect(readSocial('@审计助手 在吗')).toBe('greeting');
    expect(readSocial('在不')).toBe('greeting');
    expect(readSocial('在么?')).toBe('greeting');
    expect(readSocial('在吗?')).toBe('greeting');
    expect(readSocial('你能干啥')).toBe('abilities');
    expect(readSocial('你好，你能做什么？')).toBe('abilities');
  });

  it("reads season's and good wishes, with whom they are wished", () => {
    expect(readSocial('新年快乐')).toBe('wishes');
    expect(readSocial('祝大家元旦快乐！')).toBe('wishes');
    expect(readSocial('春节好～')).toBe('wishes');
    expect(readSocial('也祝你节日快乐')).toBe('wishes');
    expect(readSocial('谢谢，新年快乐')).toBe('thanks');
  });

  it('leaves anything that asks or says more to the questions', () => {
    for (const text of [
      '你好，古城项目群谁负责',
      '谢谢你告诉我3.2',
      '3.2',
      '好的项目',
      '在审计中',
      '在不在方案里',
      '👍 3.2谁牵头',
      '你能干啥活',
    ])
      expect(readSocial(text), text).toBeUndefined();
  });
});
