import { describe, expect, it } from 'vitest';
import { amountNote, amountRefusal } from '../../src/reply/amount-wording';
import { readAmount } from '../../src/text/read-amount';

// Amounts as audit staff write them (in a report's 万元, in 元 from a voucher, in 亿 for a project, in
// Chinese numerals or 大写 from a notice), and the exact 万元 each must be stored as — or the refusal.

const READ: [text: string, wan: string][] = [
  ['30万元', '30'],
  ['30万', '30'],
  ['30', '30'],
  ['12.5', '12.5'],
  ['1,200.5万元', '1200.5'],
  ['1,200.5', '1200.5'],
  ['12,345,678元', '1234.5678'],
  ['35.5万', '35.5'],
  ['３５ 万元', '35'],
  ['３５．５万元', '35.5'],
  ['30 万元', '30'],
  ['12万元整', '12'],
  ['0.5亿元', '5000'],
  ['0.5亿', '5000'],
  ['1.2亿', '12000'],
  ['1.2亿元', '12000'],
  ['0.1亿', '1000'],
  ['1.5万亿元', '150000000'],
  ['3亿元', '30000'],
  ['1亿2000万元', '12000'],
  ['5千元', '0.5'],
  ['5000元', '0.5'],
  ['300000元', '30'],
  ['123.45元', '0.012345'],
  ['0.01元', '0.000001'],
  ['5千万', '5000'],
  ['5千万元', '5000'],
  ['三十万元', '30'],
  ['三十五万', '35'],
  ['三十五', '35'],
  ['一百二十万元', '120'],
  ['两百万', '200'],
  ['十二万元整', '12'],
  ['一百零五万元', '105'],
  ['一点五亿', '15000'],
  ['三亿五千万元', '35000'],
  ['三万五', '3.5'],
  ['一亿五', '15000'],
  ['三千元', '0.3'],
  ['人民币壹佰贰拾万元整', '120'],
  ['壹拾贰万元', '12'],
  ['¥30万元', '30'],
  ['3元4角5分', '0.000345'],
  ['0', '0'],
];

describe('readAmount', () => {
  it.each(READ)('reads %s as exactly %s 万元', (text, wan) => {
    const r = readAmount(text);
    expect(r).toMatchObject({ ok: true, exact: wan, rest: '' });
    // The number stored reads back as the decimal written, with no float residue.
    if (r.ok) expect(String(r.value)).toBe(wan);
  });

  const REFUSED: [text: string, problem: string][] = [
    ['30多万', 'approximate'],
    ['30余万元', 'approximate'],
    ['约30万', 'approximate'],
    ['大约三十万', 'approximate'],
    ['30万元左右', 'approximate'],
    ['50万以上', 'approximate'],
    ['5千', 'unit-unclear'],
    ['三百', 'unit-unclear'],
    ['一千二', 'unit-unclear'],
    ['0.123元', 'too-precise'],
    ['0.0000001万元', 'too-precise'],
    ['1234567890123456万元', 'too-large'],
    ['万元', 'unreadable'],
    ['若干', 'unreadable'],
    ['-30万元', 'unreadable'],
    ['1,2345万', 'unreadable'],
    ['30万5', 'unreadable'],
    ['十十万', 'unreadable'],
    ['', 'unreadable'],
    ['待核实', 'unreadable'],
  ];
  it.each(REFUSED)('refuses %s (%s) instead of storing another number', (text, problem) => {
    expect(readAmount(text)).toMatchObject({ ok: false, problem });
  });

  it('reads the amount a longer text starts with and returns the rest; with whole, refuses what follows', () => {
    expect(readAmount('30 万元 涉及三个乡镇')).toMatchObject({ ok: true, exact: '30', rest: '涉及三个乡镇' });
    expect(readAmount('0.5亿元,已追回')).toMatchObject({ ok: true, exact: '5000', rest: ',已追回' });
    expect(readAmount('30万元 其他', { whole: true })).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(readAmount('12万元整', { whole: true })).toMatchObject({ ok: true, exact: '12' });
  });

  it('says how an amount was read when it was not typed in 万元, and nothing when it was', () => {
    const note = (text: string) => {
      const r = readAmount(text);
      if (!r.ok) throw new Error(`${text} refused`);
      return amountNote('金额', r);
    };
    expect(note('0.5亿元')).toBe('金额“0.5亿元”按 5000 万元 记录');
    expect(note('三十万元')).toBe('金额“三十万元”按 30 万元 记录');
    expect(note('5000元')).toBe('金额“5000元”按 0.5 万元 记录');
    expect(note('30万元')).toBeUndefined();
    expect(note('1,200.5万元')).toBeUndefined();
    expect(note('12万元整')).toBeUndefined();
  });

  it('refuses with the reason and the forms that work', () => {
    const refusal = (text: string) => {
      const r = readAmount(text);
      if (r.ok) throw new Error(`${text} read`);
      return amountRefusal(r);
    };
    expect(refusal('30多万')).toMatch(/^金额要写确数,“30多万”是约数。金额可以写作:30万元、/);
    expect(refusal('5千')).toMatch(/“5千”没有写单位,是元还是万元/);
    expect(refusal('0.123元')).toMatch(/最多记到分/);
    expect(refusal('若干')).toMatch(/^看不懂金额“若干”/);
  });
});
