/** Loading data for the widgets: fetch, CSV, the page-wide cache, refresh, select paths. Uses the DOM. */
export * from './errors.js';
export * from './load.js';
// Types only: a static re-export of csv.ts would pull it out of the chunk that
// load.ts imports on demand. CSV text is read with readDocument(text, { csv: true }).
export type { CsvDelimiter, CsvOptions, CsvRow } from './csv.js';
export * from './cache.js';
export * from './refresh.js';
export * from './select.js';
