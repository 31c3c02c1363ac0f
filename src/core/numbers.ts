/**
 * Numbers as people and spreadsheets write them: Excel in Norwegian, Swedish,
 * Danish and Dutch writes `1 234,50`, `1.234,50`, `kr 1 234,50` or `−12`, an
 * export script writes `1234.5`. This module turns all of them into a JS number.
 *
 * Rules (each has a test):
 * - A finite JS number passes through; NaN, ±Infinity, booleans, objects → null.
 *   `''`, whitespace and anything that is not a number → null.
 * - Signs: `-`, `+`, `−` (U+2212, what Intl writes for nb and sv), and accounting
 *   parentheses `(12)` → -12. The sign may stand before or after a currency mark.
 * - Currency marks at either end: `kr`, `kr.`, `Nkr`, `Skr`, `Dkr`, `NOK`, `SEK`,
 *   `DKK`, `EUR`, `USD`, `GBP`, `€`, `$`, `US$`, `£` (letters case-insensitive;
 *   every way Intl writes these currencies in the five locales), and the whole-number marks
 *   `,-` `.-` `:-` (`kr 100,-`, Swedish `100:-`).
 * - A trailing `%` divides by 100, as Excel reads it: `12,5 %` → 0.125.
 * - Thousands groups: space, NBSP (U+00A0), narrow NBSP (U+202F), thin space
 *   (U+2009), apostrophe (`'`, U+2019), `.` or `,`. Groups are checked: the first
 *   has 1–3 digits, every later one exactly 3, so `12 34` or `1.23.456` → null.
 * - Decimal separator:
 *   - both `,` and `.` present → the last one is the decimal: `1.234,50`, `1,234.50`;
 *   - one of them more than once → thousands: `1.234.567`;
 *   - one of them once, next to space groups → decimal: `1 234,5`, `1 234.5`;
 *   - one of them once, followed by other than exactly 3 digits, or after 0 or
 *     more than 3 digits, or after a lone `0` → decimal: `12,5`, `1234,567`, `0,125`;
 *   - otherwise (`1,234`, `12.500`, `999,000`) the text is ambiguous: the
 *     `decimal` option decides, and without it it is read as THOUSANDS, because
 *     money in these exports has 0 or 2 decimals, never 3.
 *   Callers that parse a whole column should find the separator the column
 *   proves with {@link detectDecimal} and pass it, so `1,234` next to `12,5`
 *   reads as 1.234.
 * - Scientific notation as Excel writes huge numbers: `1.5E+06`, `1,5E+06`.
 * - `-0` becomes 0.
 *
 * Hot path: a CSV can have a million rows. Plain `12345`, `-12345.5` and
 * `12345,5` are recognised by one char-code loop before any other work.
 */

export type DecimalSeparator = ',' | '.';

export interface ParseNumberOptions {
  /** Decides only texts that read either way, like `1,234` or `1.234`. */
  decimal?: DecimalSeparator;
}

const COMMA = 0x2c;
const DOT = 0x2e;
const MINUS = 0x2d;
const PLUS = 0x2b;
const TRUE_MINUS = 0x2212;
const ZERO = 0x30;
const NINE = 0x39;
/** Stands for every space-like group separator once the text is split. */
const SPACE = 0x20;

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

function isSpaceGroup(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x27 || c === 0x2019;
}

/**
 * Plain `-?digits([.,]digits)?` without a doubt about the separator.
 * Returns undefined when the text needs the full parser.
 */
function parsePlain(s: string, decimal: DecimalSeparator | undefined): number | undefined {
  const n = s.length;
  const start = n > 0 && s.charCodeAt(0) === MINUS ? 1 : 0;
  if (start === n) return undefined;
  let sep = -1;
  for (let i = start; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) continue;
    if ((c === DOT || c === COMMA) && sep < 0) {
      sep = i;
      continue;
    }
    return undefined;
  }
  let text = s;
  if (sep >= 0) {
    const intLen = sep - start;
    const fracLen = n - sep - 1;
    if (fracLen === 0) return undefined;
    const ch = s.charCodeAt(sep) === COMMA ? ',' : '.';
    const ambiguous = fracLen === 3 && intLen >= 1 && intLen <= 3 && s.charCodeAt(start) !== ZERO;
    if (ambiguous && decimal !== ch) return undefined;
    if (ch === ',') text = s.slice(0, sep) + '.' + s.slice(sep + 1);
  }
  const value = Number(text);
  return value === 0 ? 0 : value;
}

/** Longest first so `kr.` wins over `kr`. */
const CURRENCY_MARKS = ['kr.', 'us$', 'nkr', 'skr', 'dkr', 'kr', 'nok', 'sek', 'dkk', 'eur', 'usd', 'gbp', '€', '$', '£'];
const WHOLE_MARKS = [',-', '.-', ':-'];

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

/** Length of the currency mark `s` starts with, or 0. */
function currencyPrefix(s: string): number {
  const head = s.slice(0, 4).toLowerCase();
  for (const mark of CURRENCY_MARKS) {
    if (head.startsWith(mark) && !(isLetter(mark[0]) && isLetter(s[mark.length]))) return mark.length;
  }
  return 0;
}

/** Length of the currency mark `s` ends with, or 0. */
function currencySuffix(s: string): number {
  const tail = s.slice(-4).toLowerCase();
  for (const mark of CURRENCY_MARKS) {
    if (tail.endsWith(mark) && !(isLetter(mark[0]) && isLetter(s[s.length - mark.length - 1]))) return mark.length;
  }
  return 0;
}

interface Stripped {
  body: string;
  negative: boolean;
  percent: boolean;
}

/** Takes signs, currency marks, `%` and parentheses off both ends. */
function stripAffixes(text: string): Stripped | null {
  let s = text.trim();
  if (s === '') return null;
  // Most formatted numbers (`1 234,50`) have nothing to strip.
  const head = s.charCodeAt(0);
  if (isDigit(s.charCodeAt(s.length - 1)) && (isDigit(head) || head === COMMA || head === DOT)) {
    return { body: s, negative: false, percent: false };
  }
  let negative = false;
  let sign = false;
  let currency = false;
  let percent = false;
  let whole = false;
  let parens = false;
  for (let changed = true; changed && s !== ''; ) {
    changed = false;
    const first = s.charCodeAt(0);
    const last = s.charCodeAt(s.length - 1);
    if (!sign && !parens && first === 0x28 && last === 0x29) {
      parens = true;
      sign = true;
      negative = true;
      s = s.slice(1, -1).trim();
      changed = true;
    } else if (!sign && (first === MINUS || first === TRUE_MINUS || first === PLUS)) {
      sign = true;
      negative = first !== PLUS;
      s = s.slice(1).trim();
      changed = true;
    } else if (!percent && !currency && last === 0x25 /* % */) {
      percent = true;
      s = s.slice(0, -1).trim();
      changed = true;
    } else if (!whole && last === MINUS && WHOLE_MARKS.includes(s.slice(-2))) {
      whole = true;
      s = s.slice(0, -2).trim();
      changed = true;
    } else if (!currency && !percent) {
      const front = isDigit(first) ? 0 : currencyPrefix(s);
      const back = front > 0 || isDigit(last) ? 0 : currencySuffix(s);
      if (front > 0 || back > 0) {
        currency = true;
        s = (front > 0 ? s.slice(front) : s.slice(0, -back)).trim();
        changed = true;
      }
    }
  }
  return s === '' ? null : { body: s, negative, percent };
}

interface Split {
  /** Integer digits without group separators; may be '' as in `,5`. */
  int: string;
  frac: string;
  /** `e+06` style tail, or ''. */
  exp: string;
  /** The separator used as decimal, when there is one. */
  decimalChar: DecimalSeparator | null;
  /** The group separator, when the text has groups. */
  groupChar: ',' | '.' | ' ' | null;
  /** A lone `,` or `.` before exactly 3 digits: the reading came from the option or the default. */
  ambiguous: boolean;
}

function splitBody(body: string, decimal: DecimalSeparator | undefined): Split | null {
  // One pass: count separators and find an exponent.
  let commas = 0;
  let dots = 0;
  let spaces = 0;
  let lastComma = -1;
  let lastDot = -1;
  let end = body.length;
  let exp = '';
  for (let i = 0; i < end; i++) {
    const c = body.charCodeAt(i);
    if (isDigit(c)) continue;
    if (c === COMMA) {
      commas++;
      lastComma = i;
    } else if (c === DOT) {
      dots++;
      lastDot = i;
    } else if (isSpaceGroup(c)) {
      spaces++;
    } else if (c === 0x65 || c === 0x45 /* e E */) {
      const tail = body.slice(i + 1);
      const from = tail.charCodeAt(0) === PLUS || tail.charCodeAt(0) === MINUS ? 1 : 0;
      if (tail.length === from || i === 0) return null;
      for (let j = from; j < tail.length; j++) if (!isDigit(tail.charCodeAt(j))) return null;
      exp = 'e' + tail;
      end = i;
    } else {
      return null;
    }
  }
  const mantissa = end === body.length ? body : body.slice(0, end);

  let decimalAt = -1;
  let groupCode = 0;
  let ambiguous = false;
  if (commas > 0 && dots > 0) {
    const commaIsDecimal = lastComma > lastDot;
    if ((commaIsDecimal ? commas : dots) !== 1 || spaces > 0) return null;
    decimalAt = commaIsDecimal ? lastComma : lastDot;
    groupCode = commaIsDecimal ? DOT : COMMA;
  } else if (commas > 0 || dots > 0) {
    const count = commas || dots;
    const at = commas > 0 ? lastComma : lastDot;
    const code = commas > 0 ? COMMA : DOT;
    if (count > 1) {
      if (spaces > 0 || exp) return null;
      groupCode = code;
    } else if (spaces > 0 || exp) {
      decimalAt = at;
      groupCode = spaces > 0 ? SPACE : 0;
    } else if (mantissa.length - at - 1 === 3 && at >= 1 && at <= 3 && mantissa.charCodeAt(0) !== ZERO) {
      ambiguous = true;
      if (decimal === (code === COMMA ? ',' : '.')) decimalAt = at;
      else groupCode = code;
    } else {
      decimalAt = at;
    }
  } else if (spaces > 0) {
    if (exp) return null;
    groupCode = SPACE;
  }

  const intEnd = decimalAt < 0 ? mantissa.length : decimalAt;
  let frac = '';
  if (decimalAt >= 0) {
    frac = mantissa.slice(decimalAt + 1);
    if (frac === '') return null;
    for (let i = 0; i < frac.length; i++) if (!isDigit(frac.charCodeAt(i))) return null;
  }

  let int: string;
  if (groupCode === 0) {
    int = mantissa.slice(0, intEnd);
    for (let i = 0; i < int.length; i++) if (!isDigit(int.charCodeAt(i))) return null;
  } else {
    // Groups: the first of 1–3 digits (not a leading 0), every later one of exactly 3.
    int = '';
    let groupStart = 0;
    for (let i = 0; i <= intEnd; i++) {
      const c = i < intEnd ? mantissa.charCodeAt(i) : -1;
      if (c !== -1 && isDigit(c)) continue;
      if (c !== -1 && !(groupCode === SPACE ? isSpaceGroup(c) : c === groupCode)) return null;
      const length = i - groupStart;
      if (groupStart === 0 ? length < 1 || length > 3 : length !== 3) return null;
      int += mantissa.slice(groupStart, i);
      groupStart = i + 1;
    }
    if (int.length > 3 && int.charCodeAt(0) === ZERO) return null;
  }
  if (int === '' && frac === '') return null;

  const decimalChar = decimalAt < 0 ? null : mantissa.charCodeAt(decimalAt) === COMMA ? ',' : '.';
  const groupChar = groupCode === COMMA ? ',' : groupCode === DOT ? '.' : groupCode === SPACE ? ' ' : null;
  return { int, frac, exp, decimalChar, groupChar, ambiguous };
}

/**
 * Reads a number from a JS number or from text as Excel and people write it in
 * nb, sv, da, nl and en. Returns null for anything that is not a finite number.
 * See the module comment for every rule.
 */
export function parseNumber(text: unknown, options: ParseNumberOptions = {}): number | null {
  if (typeof text === 'number') return Number.isFinite(text) ? (text === 0 ? 0 : text) : null;
  if (typeof text !== 'string') return null;
  const decimal = options.decimal;
  const plain = parsePlain(text, decimal);
  if (plain !== undefined) return plain;

  const stripped = stripAffixes(text);
  if (stripped === null) return null;
  const split = splitBody(stripped.body, decimal);
  if (split === null) return null;
  let literal = (split.int || '0') + (split.frac ? '.' + split.frac : '') + split.exp;
  // Shifting the exponent keeps `12.3%` exactly 0.123; dividing would not.
  if (stripped.percent) literal = split.exp ? String(Number(literal) / 100) : literal + 'e-2';
  const value = Number(literal);
  if (!Number.isFinite(value)) return null;
  const signed = stripped.negative ? -value : value;
  return signed === 0 ? 0 : signed;
}

/**
 * The decimal separator a set of texts proves, or null when none of them tells
 * (all plain integers or ambiguous like `1,234`). Each text that is readable
 * only one way is a vote: `12,5` and `1.234,50` vote `,`; `1,234,567`,
 * `1,234.5` and `0.125` vote `.`. The majority wins; a tie gives null. Stops
 * counting once one side has 50 votes, so a long column costs little.
 */
export function detectDecimal(values: Iterable<unknown>): DecimalSeparator | null {
  let comma = 0;
  let dot = 0;
  for (const value of values) {
    if (typeof value !== 'string') continue;
    if (value.indexOf(',') < 0 && value.indexOf('.') < 0) continue;
    const vote = decimalEvidence(value);
    if (vote === ',') comma++;
    else if (vote === '.') dot++;
    if (comma >= 50 || dot >= 50) break;
  }
  return comma > dot ? ',' : dot > comma ? '.' : null;
}

/** The decimal separator this one text proves, or null when it could be either. */
export function decimalEvidence(text: string): DecimalSeparator | null {
  const stripped = stripAffixes(text);
  if (stripped === null) return null;
  const split = splitBody(stripped.body, undefined);
  if (split === null || split.ambiguous) return null;
  if (split.decimalChar) return split.decimalChar;
  if (split.groupChar === ',') return '.';
  if (split.groupChar === '.') return ',';
  return null;
}
