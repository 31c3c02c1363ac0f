/** Loading data for the widgets: fetch, CSV, the page-wide cache, refresh, select paths. Uses the DOM. */
export * from './errors.js';
export * from './load.js';
export * from './csv.js';
export * from './cache.js';
export * from './refresh.js';
export * from './select.js';
