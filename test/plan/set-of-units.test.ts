import { describe, expect, it } from 'vitest';
import { isSetOfUnits } from '../../src/plan/is-set-of-units';

describe('a set of units named by kind in a note', () => {
  it('is the districts, counties and cities as one (各区县市, 各县(市、区)), as it is towns and their governments', () => {
    expect(isSetOfUnits('各区县市')).toBe(true);
    expect(isSetOfUnits('各县(市、区)')).toBe(true);
    expect(isSetOfUnits('各乡镇（街道）')).toBe(true);
    expect(isSetOfUnits('各相关乡镇政府')).toBe(true);
  });

  it('is not a placeholder nor a list of units', () => {
    expect(isSetOfUnits('各有关部门')).toBe(false);
    expect(isSetOfUnits('各区、各县')).toBe(false);
  });
});
