/**
 * Words a note puts where a unit would stand that name no unit (`有关部门`, `相关单位`, `区级各有关部门`, `各地`,
 * `各地各部门`). A set of units named by kind (`各县〔市、区〕政府`, `各镇（街道）`, `各乡镇人民政府`) is not one:
 * it says who, as a list would.
 */
export function isPlaceholderUnit(unit: string): boolean {
  return (
    /(^|级)各?(有关|相关|其他|其它|其余)(部门|单位|方面|机构)?$/.test(unit) ||
    /^各(地|级)?(各)?(部门|单位)?$/.test(unit) ||
    /^各地各(部门|单位)$/.test(unit)
  );
}
