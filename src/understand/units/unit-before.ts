/** A unit's name as typed, ending the words before 还是 (`是财政处还是…`, `…谁牵头，财政处还是…`). */
export const UNIT_BEFORE =
  /(?:是|由|归|属于|[，,]\s*)([\u4e00-\u9fa5]{1,10}?(?:委员会|管委会|政府|中心|局|厅|委|办|处))[是由归的负责牵头管来]*$/;
