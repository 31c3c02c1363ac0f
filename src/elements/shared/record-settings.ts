/**
 * The attributes that say how a widget's records are read (`date-order`,
 * `won`, `lost`, `probabilities`), checked and turned into what the data
 * layer takes. Only a widget's records path loads this module.
 */
import { DATE_ORDERS, type DateOrder } from '../../core/date-parse.js';
import { parseProbabilities } from '../../core/probabilities.js';
import type { ReadSettings } from '../../data/query.js';
import { readOption } from './attributes.js';
import type { RecordSettings } from './kpi-element.js';
import { AttributeError } from './problems.js';
import { noteText } from './data-problems.js';
import type { Lang } from '../../core/types.js';

/** @throws AttributeError for a `date-order` that is not dmy, mdy or ymd, or `probabilities` that are not stage:percent pairs. */
export function readRecordSettings(settings: Partial<RecordSettings>): ReadSettings & { probabilities?: Record<string, number> } {
  const read: ReadSettings & { probabilities?: Record<string, number> } = {
    won: settings.won,
    lost: settings.lost,
    locale: settings.locale,
  };
  if (settings.dateOrder) read.dateOrder = readOption('date-order', settings.dateOrder, DATE_ORDERS, 'dmy') as DateOrder;
  if (settings.probabilities) {
    const map = parseProbabilities(settings.probabilities);
    if (!map) {
      const value = settings.probabilities;
      // Worded here, in the widget's language: the common range words would name the pairs in English.
      throw Object.assign(new AttributeError('range', 'probabilities', value, ['stage:percent pairs, like Prospecting:10,Proposal:50']), {
        describe: (lang: Lang) => noteText(lang, 'error.probabilities', { value }),
      });
    }
    read.probabilities = map;
  }
  return read;
}
