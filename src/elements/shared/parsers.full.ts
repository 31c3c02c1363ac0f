/** The full readers parsers.ts loads on first need: one chunk for both. */
export { parseNumber } from '../../core/numbers.js';
export { parseDate } from '../../core/date-parse.js';
