/** The KPI core: formulas, periods, goals, funnel, records, schemas and formatting. DOM-free. */
export * from './types.js';
export * from './dates.js';
export * from './periods.js';
export * from './numbers.js';
export * from './records.js';
export * from './filter.js';
export * from './compare.js';
export * from './goals.js';
export * from './funnel.js';
export * from './format.js';
export * from './locale.js';
export * from './catalogue.js';
export * from './evaluate.js';
export * from './schemas.js';
