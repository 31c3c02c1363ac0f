/** The bound values of one statement, in order: every value from a question goes here, never into the SQL text. */
import type { Dialect } from './dialect.js';

export class Params {
  readonly values: unknown[] = [];
  constructor(private readonly dialect: Dialect) {}

  /** A placeholder for the value. */
  add(value: string | number | boolean): string {
    this.values.push(value);
    return this.dialect.param(this.values.length);
  }

  /** `IN (…)` of placeholders; a list that can never match when empty. */
  list(values: Iterable<string>): string {
    const placeholders = [...values].map((v) => this.add(v));
    return placeholders.length === 0 ? '(NULL)' : `(${placeholders.join(', ')})`;
  }
}
