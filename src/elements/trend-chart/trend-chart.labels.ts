/**
 * Bucket keys ('2026-03', '2026-W12', '2026-Q1', '2026-03-05', '2026') in the
 * reader's language: month names from Intl.DateTimeFormat, ISO weeks as
 * "uke 12" / "v. 12" / "uge 12" / "week 12", quarters from the chart's strings.
 * A key of another shape is shown as written.
 */
import { dayFromYmd, dayToLocalDate } from '../../core/dates.js';
import { formattingLocale } from '../../core/locale.js';
import type { Lang } from '../../core/types.js';
import { t } from '../shared/i18n.js';
import { chartText } from './trend-chart.strings.js';

export interface BucketLabels {
  /** For the x axis: as short as stays unambiguous. */
  short: string[];
  /** For the tooltip, the table and the summary: with the year. */
  long: string[];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

export function bucketLabels(keys: readonly string[], locale: string, lang: Lang): BucketLabels {
  const tag = formattingLocale(locale);
  const dates = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options);
  // The axis shows the year only when the chart spans more than one.
  const manyYears = new Set(keys.map((key) => key.slice(0, 4))).size > 1;
  const monthShort = dates(manyYears ? { month: 'short', year: 'numeric' } : { month: 'short' });
  const monthLong = dates({ month: 'long', year: 'numeric' });
  const dayShort = dates(manyYears ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' });
  const dayLong = dates({ day: 'numeric', month: 'long', year: 'numeric' });

  const short: string[] = [];
  const long: string[] = [];
  for (const key of keys) {
    let m: RegExpExecArray | null;
    if ((m = MONTH.exec(key))) {
      const date = dayToLocalDate(dayFromYmd(Number(m[1]), Number(m[2]), 1));
      short.push(monthShort.format(date));
      long.push(monthLong.format(date));
    } else if ((m = WEEK.exec(key))) {
      const week = t(lang, 'week', { week: Number(m[2]) });
      short.push(manyYears ? `${week} ${m[1]}` : week);
      long.push(`${week} ${m[1]}`);
    } else if ((m = QUARTER.exec(key))) {
      const text = chartText(lang, 'quarter', { quarter: m[2], year: m[1] });
      short.push(text);
      long.push(text);
    } else if ((m = DAY.exec(key))) {
      const date = dayToLocalDate(dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])));
      short.push(dayShort.format(date));
      long.push(dayLong.format(date));
    } else {
      short.push(key);
      long.push(key);
    }
  }
  return { short, long };
}
