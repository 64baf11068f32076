/**
 * A unit's name as typed (`税务局`, `区农业农村局`, `财政处`), the plan's or not; before 还是 it may follow the
 * question it completes (`数字政府建设是谁牵头，财政处还是投资处`).
 */
export const UNIT_AFTER =
  /^[\s是由归属于]*([\u4e00-\u9fa5]{1,10}?(?:委员会|管委会|政府|中心|局|厅|委|办|处))/;
