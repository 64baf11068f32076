// The longest runs of a question's words that the plan writes as they are (`技能大师工作室`, `人才购房补贴`),
// left to right, each of three characters or more: a word of the plan is one thing, and a genre word or a
// particle inside it (能 of 技能, 工作 of 工作室) is part of it, not a word to cut.

export function verbatimSpans(text: string, inPlan: (s: string) => boolean): { from: number; to: number }[] {
  const chars = [...text];
  const spans: { from: number; to: number }[] = [];
  let i = 0;
  while (i < chars.length) {
    let to = -1;
    for (let j = chars.length; j >= i + 3; j--) {
      const run = chars.slice(i, j).join('');
      if (/^[\u4e00-\u9fa5]+$/.test(run) && inPlan(run)) {
        to = j;
        break;
      }
    }
    if (to > 0) {
      spans.push({ from: i, to });
      i = to;
    } else i++;
  }
  return spans;
}
