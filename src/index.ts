/**
 * The kit's main entry: registers every element under its own tag name.
 * Loading it twice, or next to the one-file bundle, is harmless.
 */
import { defineKpiElements } from './register.js';

defineKpiElements();

export * from './classes.js';
export { defineKpiElements, elements } from './register.js';
export type { KpiErrorDetail } from './elements/shared/problems.js';
export type { DashboardSettings } from './elements/shared/context.js';
