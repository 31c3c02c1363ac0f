import type { WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { KPI_CATALOGUE } from '../src/core/catalogue.js';

/**
 * Attribute values a designer picks from rather than types. The manifest types
 * these attributes as plain strings (a widget reads any text and says in words
 * what it cannot use), so the choices are listed here.
 */
export const CHOICES: Record<string, readonly string[]> = {
  locale: ['en', 'nb-NO', 'nn-NO', 'sv-SE', 'da-DK', 'nl-NL', 'en-GB', 'de-DE'],
  currency: ['NOK', 'SEK', 'DKK', 'EUR', 'USD'],
  theme: ['light', 'dark', 'auto'],
  compare: ['previous-period', 'previous-year', 'none'],
  format: ['number', 'currency', 'percent', 'compact', 'days', 'hours'],
  period: [
    'today', 'yesterday', 'this-week', 'last-week', 'this-month', 'last-month', 'this-quarter', 'last-quarter',
    'this-year', 'last-year', 'wtd', 'mtd', 'qtd', 'ytd', 'rolling-30d', 'rolling-12w', 'rolling-6m', 'rolling-12m', 'rolling-1y',
  ],
  kpi: KPI_CATALOGUE.map((k) => k.id),
  delta: ['auto', 'absolute', 'relative'],
  direction: ['up', 'down', 'neutral'],
  variant: ['bar', 'ring'],
  pace: ['calendar', 'working'],
  per: ['day', 'week', 'working-day'],
  granularity: ['day', 'week', 'month', 'quarter', 'year'],
  type: ['line', 'bar', 'area'],
};

const CHOICES_BY_TYPE: Array<[RegExp, string[]]> = [
  [/RequestCredentials/, ['same-origin', 'include', 'omit']],
];

/**
 * Controls for the args table, so that every control there does something
 * (the stories render with stories/support/render.ts, which passes each
 * attribute, property and CSS custom property arg on to the element).
 *
 * - Attributes: the manifest types one as `string | undefined` or `number |
 *   string | undefined`, for which Storybook would offer a JSON object editor.
 *   An enumerated attribute (the choices above, a type of string literals, or
 *   RequestCredentials) gets a select, a boolean one a switch, a number one a
 *   number field, any other a text field (JSON attributes such as `series` take
 *   JSON text). A story's own value that is not among the choices (`2026-Q1`, or
 *   a misspelling an error story shows) is offered first, so the select shows it.
 * - CSS custom properties: a text field; the value is set on the element's style.
 * - Properties: each writable one is also an attribute, which has the control
 *   (`stageOrder` is `stage-order`); the read-only ones (`resolvedLocale`,
 *   `chart`…) stay in the table as documentation, without a control.
 * - Events and ::parts are documentation only: no control.
 */
export const attributeControls: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes, initialArgs }) => {
  const enhanced = { ...argTypes };
  const attributeProperties = new Set(
    Object.entries(argTypes)
      .filter(([, argType]) => argType.table?.category === 'attributes')
      .map(([name]) => name.replace(/-([a-z])/g, (_match, chr: string) => chr.toUpperCase())),
  );
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    const type = String(argType.table?.type?.summary ?? '');
    if (category === 'attributes') {
      const literals = type.match(/'[^']*'/g)?.map((l) => l.slice(1, -1));
      const choices = CHOICES[name] ?? CHOICES_BY_TYPE.find(([pattern]) => pattern.test(type))?.[1] ?? literals;
      if (choices) {
        const own = initialArgs?.[name];
        const options = typeof own === 'string' && own !== '' && !choices.includes(own) ? [own, ...choices] : [...choices];
        enhanced[name] = { ...argType, control: { type: 'select' }, options };
      } else if (/^boolean$/.test(type)) enhanced[name] = { ...argType, control: { type: 'boolean' } };
      else if (/\bnumber\b/.test(type)) enhanced[name] = { ...argType, control: { type: 'number' } };
      else enhanced[name] = { ...argType, control: { type: 'text' } };
    } else if (category === 'css custom properties') {
      enhanced[name] = { ...argType, control: { type: 'text' } };
    } else if (category === 'properties') {
      // A property that is also an attribute: the attribute's row has the control; this one would duplicate it.
      if (attributeProperties.has(name)) enhanced[name] = { ...argType, table: { ...argType.table, disable: true } };
      else enhanced[name] = { ...argType, control: false };
    } else if (category !== undefined) {
      enhanced[name] = { ...argType, control: false };
    }
  }
  return enhanced;
};
