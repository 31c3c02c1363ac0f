/**
 * The shape most number attributes hold (`182400`, `-12`, `0.35`, `1234.5`),
 * read without numbers.ts: a page whose widgets hold only such numbers never
 * downloads the full reader of `1 234,50` and `kr 1.234,-`.
 *
 * Only text that every rule of parseNumber reads the same way passes: an
 * optional minus, digits without a leading zero, and at most two decimals
 * after a dot (`1.234` with three could be thousands, so it is left to
 * parseNumber). Anything else gives null, meaning "ask parseNumber".
 */
const PLAIN = /^-?(?:0|[1-9]\d*)(?:\.\d{1,2})?$/;

export function plainNumber(text: string): number | null {
  if (!PLAIN.test(text)) return null;
  const value = Number(text);
  // parseNumber reads "-0" as 0; and a number this long may overflow.
  return Number.isFinite(value) ? value + 0 : null;
}
