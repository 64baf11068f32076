import { describe, expect, it } from 'vitest';
import { roleWholeIn } from '../../src/understand/role-whole-in';

// 三(一) of the 2021—2025 plan and of the 2026—2030 plan, as written.
const BOTH =
  '成立领导小组,由局主要领导任组长,由协管秘书处的局领导任副组长,各处室(中心)主要负责人为成员。领导小组下设工作专班,由协管秘书处的局领导任专班组长,各处室(中心)主要负责人为成员。';
const ONE = '成立“十五五”审计工作实施方案推进领导小组，由局主要领导任组长，秘书处负责统筹协调、跟踪督办。';

describe('a role asked whole', () => {
  it('is the role the text gives, asked alone or with its body', () => {
    expect(roleWholeIn('组长是谁', '组长', ONE)).toBe(true);
    expect(roleWholeIn('推进领导小组组长谁当', '组长', ONE)).toBe(true);
    expect(roleWholeIn('专班成员有哪些', '成员', BOTH)).toBe(true);
  });

  it('is not a role with a qualifier the text does not write (副, 常务副, 办公室)', () => {
    expect(roleWholeIn('十五五方案的领导小组副组长是谁', '组长', ONE)).toBe(false);
    expect(roleWholeIn('领导小组常务副组长是谁', '副组长', BOTH)).toBe(false);
    expect(roleWholeIn('领导小组办公室主任是谁', '主任', '由市长任主任')).toBe(false);
  });

  it('is not a role of a body the text does not give it in', () => {
    // No 专班 in the 2026—2030 measure; the 2021—2025 one gives 副组长 to the 领导小组 only.
    expect(roleWholeIn('专班组长是谁', '组长', ONE)).toBe(false);
    expect(roleWholeIn('专班副组长是谁', '副组长', BOTH)).toBe(false);
    expect(roleWholeIn('领导小组副组长是谁', '副组长', BOTH)).toBe(true);
  });
});
