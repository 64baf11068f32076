// The year a notice is about: its title (`关于2027年部分节假日安排的通知`), else its opening sentence
// (`现将2027年元旦、春节…的具体安排通知如下`). Undefined when it says neither.

const TITLE = /关于(\d{4})年(?:部分)?(?:节假日|放假)/;
const OPENING = /现将(\d{4})年(?:元旦|春节|清明|劳动|端午|中秋|国庆)/;

export function noticeYear(text: string): number | undefined {
  const found = TITLE.exec(text) ?? OPENING.exec(text);
  return found ? Number(found[1]) : undefined;
}
