// Types for papaparse-browser.mjs, so demo/vite.config.ts type-checks.
import type { Plugin } from 'vite';
export function papaparseBrowser(): Plugin;
