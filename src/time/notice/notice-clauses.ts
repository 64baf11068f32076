// The numbered arrangements of a (normalised) notice, one per holiday: `一、元旦:…`, `六、国庆节、中秋节:…`
// (media copies drop the numbers: `——元旦:…`, `元旦:…`). What comes before `通知如下` (the 2025+ rules
// paragraph: `春节自农历除夕起放假调休8天,国庆节自10月1日起…`) and after the list (`节假日期间…`, the
// sign-off and its date) is not part of any arrangement.

export interface NoticeClause {
  /** The holiday as named: `春节`, `国庆节、中秋节`. */
  name: string;
  /** What follows its colon, up to the next arrangement or the end of the list. */
  text: string;
}

const HOLIDAY = '(?:元旦|春节|清明节?|劳动节|五一劳动节|端午节?|中秋节?|国庆节?)';
const HEADER = new RegExp(
  `(?:[一二三四五六七八九十]+[、.]|\\d{1,2}[、.]|——)?(${HOLIDAY}(?:[、和与及]${HOLIDAY})*)[::]`,
  'g',
);
/** Where the list of arrangements ends. */
const END = /节假日期间|鼓励单位和个人|国务院办公厅(?:\d|$)|特此通知/;

export function noticeClauses(text: string): NoticeClause[] {
  const intro = text.indexOf('通知如下');
  const body = intro >= 0 ? text.slice(intro + '通知如下'.length) : text;
  const headers = [...body.matchAll(HEADER)];
  return headers.map((header, i) => {
    const start = header.index + header[0].length;
    const next = headers[i + 1];
    let clause = body.slice(start, next ? next.index : undefined);
    if (!next) {
      const end = END.exec(clause);
      if (end) clause = clause.slice(0, end.index);
    }
    return { name: header[1]!, text: clause };
  });
}
