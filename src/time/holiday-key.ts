// Which statutory holiday a name means, however it is written: the official data's `国庆节`, a typed `国庆`
// or `十一长假`, a notice's `劳动节` or a message's `五一`. A day may carry a merged name (`中秋节、国庆节`).

const KEYS: readonly [key: string, words: RegExp][] = [
  ['元旦', /元旦/],
  ['春节', /春节/],
  ['清明', /清明/],
  ['劳动节', /劳动节|五一/],
  ['端午', /端午/],
  ['中秋', /中秋/],
  ['国庆', /国庆/],
];

/** The holidays a name stands for (`国庆节` → [`国庆`]; `中秋节、国庆节` → both), none when it names none. */
export function holidayKeys(name: string): string[] {
  return KEYS.filter(([, words]) => words.test(name)).map(([key]) => key);
}
