import { isPlaceholderUnit } from './is-placeholder-unit';

/**
 * A set of units named by kind in a note (`各相关乡镇政府`, `各镇人民政府`, `各乡镇（街道）`, `各区县市`,
 * `各县(市、区)`): it says who, so the units it names can be asked about as one (`各相关乡镇政府要做哪些`,
 * `各区县市要配合什么`). Placeholders (`各有关部门`) and lists (outside brackets) are not.
 */
export function isSetOfUnits(unit: string): boolean {
  if (isPlaceholderUnit(unit) || /[、,，]/.test(unit.replace(/[(（〔][^()（）〔〕]*[)）〕]/g, '')))
    return false;
  return /^各(?:相关|有关)?[\u4e00-\u9fa5（）()〔〕、]{1,12}(?:政府|乡镇|镇|乡|街道|管委会|园区|开发区|区|县|市)[）)]?$/.test(
    unit,
  );
}
