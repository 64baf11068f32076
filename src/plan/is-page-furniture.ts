// A web copy of a plan carries the page's own lines above it: when and by whom it was posted, where it came
// from, how often it was read, where on the site it sits (`发布时间:2025-03-28 16:00 信息来源:谯城区委督查考核办`,
// `时间:2025-09-19 来源:政府办`, `发布日期：2026-02-28 浏览次数：`, `【字体：大 中 小】`, `当前位置：首页 > 政务公开`). They are the page's, not the plan's: no text to search
// or match a question against. A line is such only when it is nothing but such labelled fields.

/** What a page labels a posting with; 时间, 日期, 作者 and 编辑 alone could open a plan's own line. */
const LABEL =
  '发布时间|发布日期|更新时间|成文日期|发文日期|时间|日期|信息来源|文章来源|稿件来源|来源|发布人|发布者|发布机构|发布单位|发文机关|索引号|主题分类|作者|责任编辑|编辑|浏览次数|浏览量|点击数|点击量|阅读次数|阅读量|访问量|字号|字体|分享到|当前位置|您当前的位置|您现在的位置|您的位置';
const WEAK = /^(?:时间|日期|作者|编辑)$/;
const FIELD = new RegExp(`(?:^|[\\s\\u3000【［\\[】］\\]|])(${LABEL})\\s*[:：]`, 'gu');

export function isPageFurniture(line: string): boolean {
  const text = line.trim().replace(/^[【［[]/u, '');
  if ([...text].length > 120 || /[。；;，,！!？?]/.test(text)) return false;
  const labels = [...` ${text}`.matchAll(FIELD)].map((m) => m[1] as string);
  // The line opens with a field, and one field at least is a page's own (发布时间, 来源, 浏览次数).
  return new RegExp(`^(?:${LABEL})\\s*[:：]`, 'u').test(text) && labels.some((label) => !WEAK.test(label));
}
