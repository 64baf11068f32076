import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/text/normalise';
import { ask } from '../support/core';

describe('traditional characters', () => {
  it('are read as simplified, phrase-aware, and simplified text is left as it is', () => {
    expect(normalise('鄉村振興誰管')).toBe('乡村振兴谁管');
    expect(normalise('養老保險審計是哪個處負責的?')).toBe('养老保险审计是哪个处负责的?');
    expect(normalise('著名 显著 干部 乾隆 公租房审计谁来管')).toBe('著名 显著 干部 乾隆 公租房审计谁来管');
  });

  it('get the same answer as the simplified question', async () => {
    expect(await ask('鄉村振興誰管')).toBe(await ask('乡村振兴谁管'));
    expect(await ask('鄉村振興誰管')).toContain('牵头:【农环处】');
  });
});
