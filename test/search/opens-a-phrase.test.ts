import { describe, expect, it } from 'vitest';
import { opensAPhrase } from '../../src/search/opens-a-phrase';

describe('opensAPhrase', () => {
  it('holds a phrase after punctuation or a verb acting on it', () => {
    expect(opensAPhrase('聚焦市委、市政府关于加强城乡治理、加快…', '城乡治理')).toBe(true);
    expect(opensAPhrase('4. 建设区级公共数据平台2.0。', '区级公共数据平台')).toBe(true);
  });

  it('looks past words of level and scope between the verb and the phrase', () => {
    expect(opensAPhrase('4. 建设区级公共数据平台2.0。', '数据平台')).toBe(true);
    expect(opensAPhrase('做好市本级预算执行审计。', '预算执行审计')).toBe(true);
  });

  it('does not hold the tail of a compound whose first words say which thing', () => {
    expect(opensAPhrase('1.聚焦助力创新型城市建设。', '城市建设')).toBe(false);
    expect(opensAPhrase('建设城市运行管理服务平台', '管理服务平台')).toBe(false);
  });
});
