import { describe, expect, it } from 'vitest';
import { figureChecked } from '../../src/understand/figure-checked';

describe('a figure asked yes or no', () => {
  it('is the figure before the verdict words, the rest what it is of', () => {
    expect(figureChecked('2022年创新平台目标是20个吗')).toEqual({
      figure: { written: '20个', value: 20, unit: '个' },
      rest: '2022年创新平台目标',
    });
    expect(figureChecked('5G基站到2024年累计是不是1万个')?.figure).toEqual({
      written: '1万个',
      value: 10000,
      unit: '个',
    });
    expect(figureChecked('社保基金审计覆盖率是不是90%')?.figure.value).toBe(90);
    expect(figureChecked('项目数量要增加20%吗')?.rest).toBe('项目数量要增加');
    expect(figureChecked('创新平台目标是二十个吗')?.figure.value).toBe(20);
  });

  it('is no figure where a number stands bare outside a target (a task number) or no verdict is asked', () => {
    expect(figureChecked('这个是3.3吗')).toBeUndefined();
    expect(figureChecked('2022年创新平台目标是多少个')).toBeUndefined();
    expect(figureChecked('这是十四五的吗')).toBeUndefined();
    expect(figureChecked('创新平台目标是20吗')?.figure.value).toBe(20);
  });
});
