// The letters of the pseudo-locale en-XA (lib/i18n/pseudo-text.ts), without the ICU parser,
// for text that Intl makes rather than the message files (language names).

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED_LETTERS = [...'áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'];
const ACCENTED: Record<string, string> = Object.fromEntries([...PLAIN].map((c, i) => [c, ACCENTED_LETTERS[i]!]));

/** Letters a pseudo-localized text is made of (tests recognize pseudo text by them). */
export const PSEUDO_LETTERS = new Set(ACCENTED_LETTERS);

export const accent = (text: string) => [...text].map((c) => ACCENTED[c] ?? c).join('');
