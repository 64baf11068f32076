// A plan's title as its text gives it: the first short line before the first heading that is not a
// document number, date, red-header (`…文件`), salutation (`各处室：`) or attachment label; a title
// broken over two lines is joined, and `关于印发《X》的通知` names X. Without such a line, the plan
// names itself in its `特制定…方案` sentence.

const HEADING =
  /^([一二三四五六七八九十]+[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|\d{1,2}\s*[.．、](?!\d)|第[一二三四五六七八九十]+(章|部分|篇))/;
const SKIP = [
  /^附[件表]\s*\d*\s*[:：]?\s*$/,
  /[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号/,
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/,
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/,
  /文件$/,
  /^(密级|签发人|发文|抄送|印发|主送|来源|发布|作者|字号|浏览|索引号|阅读|分类|文号|时间|日期)/,
  /[：:]$/,
  /^(——|注\s*[:：])/,
  /\|/,
];
/** A document's name ends so, a bracketed `（试行）` or period after it aside. */
const PLAN_WORD =
  /(方案|计划|规划|要点|意见|办法|细则|清单|纲要|安排|措施|通知|决定|分工)(?:\s*[(（][^()（）]{1,16}[)）])?$/;
/** An issuing body on a line of its own (`中共某某市委办公室`, `某某市人民政府`), not a title. */
const ISSUER = /(办公室|办公厅|人民政府|政府|委员会|党委|市委|县委|区委|省委|局|厅|部|署|委|院|中心)$/;
const PERIOD_LINE = /^[(（]\s*(19|20)\d{2}\s*[—–\-－~～至到]{1,2}\s*(19|20)\d{2}\s*年?\s*[)）]$/;
const DECLARED =
  /(?:特制定|特制订|现制定|制定|制订)(?:本|如下)?([^。，,；;]{4,80}(?:方案|计划|意见|规划|办法|细则|要点))/;
const DECLARED_QUOTED = /(?:特制定|特制订|现制定|制定|制订|印发)(?:本|如下)?[《〈]([^》〉]{4,80})[》〉]/;

function candidate(line: string): boolean {
  return [...line].length <= 60 && !/[。；;！!？?]$/.test(line) && !SKIP.some((re) => re.test(line));
}

export function planTitle(paragraphs: string[]): string {
  const head: string[] = [];
  for (const p of paragraphs) {
    if (HEADING.test(p) || head.length >= 12) break;
    head.push(p);
  }
  const found = titleAt(head);
  if (found !== undefined) return found;
  const sentence = head.join('');
  const m = DECLARED_QUOTED.exec(sentence) ?? DECLARED.exec(sentence);
  return m ? (m[1] as string).replace(/^[《〈]|[》〉]$/g, '') : '';
}

/**
 * The first candidate line that names a document, joined with the lines it was broken over (up to
 * four: a notice's `…关于` and three lines of what it is about)
 * and the period line after it. Issuing bodies on lines of their own (one or several, before a `关于印发…`
 * notice) are passed over; without any line naming a document, the first candidate stands.
 */
function titleAt(head: string[]): string | undefined {
  const candidates = head.map((_, i) => i).filter((i) => candidate(head[i] as string));
  for (const at of candidates) {
    const line = head[at] as string;
    const issuer = ISSUER.test(line) && !PLAN_WORD.test(line);
    if (issuer && ISSUER.test(head[at + 1] ?? '')) continue;
    let title = line;
    let end = at;
    while (!PLAN_WORD.test(title) && end - at < 3) {
      const next = head[end + 1];
      if (!next || !candidate(next) || [...(title + next)].length > 70) break;
      title += next;
      end++;
    }
    if (!PLAN_WORD.test(title)) {
      if (issuer) continue;
      title = line;
      end = at;
    }
    return finish(title, head[end + 1]);
  }
  const first = candidates[0];
  return first === undefined ? undefined : finish(head[first] as string, head[first + 1]);
}

function finish(title: string, after: string | undefined): string {
  // A title line written in book-title marks (`《2025年…汇总表》`, as a web page heads a document) is the
  // name inside them: the marks are how a name is quoted, and a name quoted so is no document cited.
  const named = /^[《〈]([^《》〈〉]+)[》〉]$/.exec(title.trim());
  const bare = named ? (named[1] as string) : title;
  const full = after && PERIOD_LINE.test(after) ? bare + after : bare;
  const issued = /关于印发[《〈]?(.+?)[》〉]?的通知$/.exec(full);
  return issued ? (issued[1] as string) : full;
}
