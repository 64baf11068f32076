import type { Plan } from '../../plan/model';
import type { Reply } from '../../reply/reply';
import { list, paragraph } from '../../reply/reply';

// `落实措施什么时候报`, `季度进展报给谁`: a plan says when reports are due and to whom in its opening or closing
// (`请各牵头单位于2018年3月9日前将各项工作落实措施报送市人民政府督查室`), or in a safeguard. The answer quotes that
// sentence as written, the one nearest the words asked; where no sentence says it, the reply says so.

const REPORTING = /报送|上报|报告|汇报|提交|报(?=给|至|到|市|省|区|县)/;
/** A date or a recurring time (`3月9日前`, `每月30日前`, `每季度`). */
const WHEN =
  /\d{1,2}月\d{1,2}日|\d{1,2}日前|[每按](?:月|季度|季|半年|年)|月底前|季末|年底前|年末前|前(?:报送|上报|报告|汇报|提交)/;
/** A recipient: `报送市人民政府督查室`, `向省政府报告`. */
const TO =
  /(?:报送|上报|提交|报)(?:至|给|到)?[\u4e00-\u9fa5]{0,12}?(?:政府|办公室|办公厅|督查室|领导小组|中心|局|委|厅|办)|向[\u4e00-\u9fa5]{2,16}?(?:报告|报送|汇报)/;

function sentencesOf(plan: Plan): string[] {
  const texts = [...plan.passages.flatMap((p) => [p.heading, p.text]), ...plan.measures.map((m) => m.text)];
  const out = texts
    .flatMap((t) => t.split(/(?<=[。;；!！])|\n/))
    .map((s) => s.trim().replace(/^[一二三四五六七八九十]+、/, ''))
    .filter(Boolean);
  return [...new Set(out)];
}

/** How much of the words asked a sentence holds: pairs of characters in common. */
function overlap(words: string, sentence: string): number {
  let n = 0;
  for (let i = 0; i + 2 <= words.length; i += 1) if (sentence.includes(words.slice(i, i + 2))) n += 1;
  return n;
}

export function reportReply(ask: { wants: 'time' | 'to'; subject: string; said: string }, plan: Plan): Reply {
  const words = ask.subject.replace(/\s+/g, '');
  const says = ask.wants === 'time' ? WHEN : TO;
  const found = sentencesOf(plan).filter((s) => {
    const plain = s.replace(/《[^》]*》/g, '');
    return REPORTING.test(plain) && says.test(plain);
  });
  const scored = found.map((s) => ({ s, n: overlap(words, s) }));
  const best = Math.max(0, ...scored.map((x) => x.n));
  // Words asked that no such sentence holds: not this sentence's matter, unless it is the plan's only one.
  const shown =
    best > 0 ? scored.filter((x) => x.n === best).map((x) => x.s) : found.length === 1 ? found : [];
  const what = ask.wants === 'time' ? '什么时候报送' : '报送给谁';
  const asked = ask.said ? `“${ask.said}”` : '';
  if (shown.length === 0)
    return {
      title: '报送要求',
      colour: 'grey',
      blocks: [paragraph(`方案没有写明${asked}${what}。`)],
    };
  // The plan's one reporting rule, none of the words asked in it: shown as the rule it has, not as the answer.
  const lead = best === 0 && words ? `方案没有单独写明${asked}${what},只有这一条报送要求:` : '方案写明:';
  return { title: '报送要求', blocks: [paragraph(lead), list(shown.slice(0, 3))] };
}
