import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
// Every strings table, so each has registered its English words under its name.
import '../../src/elements/kpi-card/kpi-card.strings.js';
import '../../src/elements/goal-progress/goal-progress.strings.js';
import '../../src/elements/kpi-funnel/kpi-funnel.strings.js';
import '../../src/elements/trend-chart/trend-chart.strings.js';
import '../../src/elements/shared/data-problems.js';
import '../../src/elements/shared/goals.strings.js';
import '../../src/elements/kpi-table/kpi-table.strings.js';
import { english } from '../../src/elements/shared/i18n.js';
import nb from '../../src/elements/shared/lang/nb.js';
import sv from '../../src/elements/shared/lang/sv.js';
import da from '../../src/elements/shared/lang/da.js';
import nl from '../../src/elements/shared/lang/nl.js';
import { KPI_CATALOGUE } from '../../src/core/catalogue.js';
import { fixtureUrl, settled } from './support.js';

/**
 * Five languages, nothing left out: every key of every table in every
 * language (a missing one fails here by name), with the same {placeholders};
 * every KPI name in every language; and every element, rendered in every
 * state in nb, sv, da and nl, shows none of the English words of any table.
 */
type Table = Record<string, string>;
const translations: Record<'nb' | 'sv' | 'da' | 'nl', Record<string, Table>> = { nb, sv, da, nl };
const LANGS = ['nb', 'sv', 'da', 'nl'] as const;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Words that are the same as English on purpose (loanwords, symbols, a
 * template of placeholders only). Anything else equal to English is taken as
 * a key that was copied and never translated.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  'common.sentiment.neutral': ['sv'],
  'common.week': ['nl'],
  'kpi-card.details': ['nl'],
  'kpi-card.detailsOf': ['nl'],
  'trend-chart.budget': ['sv', 'da', 'nl'],
  'trend-chart.period': ['sv'],
  'trend-chart.trend': ['nb', 'sv', 'nl'],
  // 'Team' is the everyday word in all four; 'per' is as English in nb, sv and nl; 'Product' is Dutch too.
  'kpi-table.group.team': ['nb', 'sv', 'da', 'nl'],
  'kpi-table.caption': ['nb', 'sv', 'nl'],
  'kpi-table.group.product': ['nl'],
};

describe('five languages', () => {
  describe('every table is complete in every language', () => {
    it('the tables are registered: common, data-problems, data-note, goals, kpi-card, kpi-table, goal-progress, kpi-funnel, trend-chart', () => {
      expect(Object.keys(english).sort()).to.deep.equal(['common', 'data-note', 'data-problems', 'goal-progress', 'goals', 'kpi-card', 'kpi-funnel', 'kpi-table', 'trend-chart']);
    });

    for (const lang of LANGS) {
      it(`${lang}: the same tables and keys as English, none empty, the same placeholders`, () => {
        const problems: string[] = [];
        const tables = translations[lang];
        for (const name of Object.keys(tables)) if (!(name in english)) problems.push(`${name}: a table English does not have`);
        for (const [name, en] of Object.entries(english)) {
          const table = tables[name];
          if (!table) {
            problems.push(`${name}: the whole table is missing`);
            continue;
          }
          for (const key of Object.keys(en)) {
            const text = table[key];
            if (typeof text !== 'string') problems.push(`${name}.${key}: missing`);
            else if (text.trim() === '') problems.push(`${name}.${key}: empty`);
            else if (placeholders(text).join() !== placeholders(en[key]).join()) {
              problems.push(`${name}.${key}: placeholders {${placeholders(text).join('}, {')}} instead of {${placeholders(en[key]).join('}, {')}}`);
            }
          }
          for (const key of Object.keys(table)) if (!(key in en)) problems.push(`${name}.${key}: a key English does not have`);
        }
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });

      it(`${lang}: no words left in English`, () => {
        const copied: string[] = [];
        for (const [name, en] of Object.entries(english)) {
          for (const [key, text] of Object.entries(en)) {
            const words = text.replace(/\{\w+\}/g, '').replace(/[^\p{L}]+/gu, '');
            if (!words || translations[lang][name]?.[key] !== text) continue;
            if (!SAME_AS_ENGLISH[`${name}.${key}`]?.includes(lang)) copied.push(`${name}.${key}: "${text}"`);
          }
        }
        expect(copied, copied.join('\n')).to.deep.equal([]);
      });
    }

    it('every KPI in the catalogue has a name in all five languages', () => {
      const missing = KPI_CATALOGUE.flatMap((kpi) =>
        (['en', ...LANGS] as const).filter((lang) => !kpi.names[lang]?.trim()).map((lang) => `${kpi.id}: ${lang}`));
      expect(missing, missing.join('\n')).to.deep.equal([]);
    });
  });

  describe('every element speaks the page\'s language, with nothing left in English', () => {
    const series = JSON.stringify([{ date: '2026-01', value: 150 }, { date: '2026-02', value: 220 }]);
    const weekly = JSON.stringify([{ date: '2026-W11', value: 9 }, { date: '2026-W12', value: 14 }]);
    const quarterly = JSON.stringify([{ date: '2026-Q1', value: 9 }, { date: '2026-Q2', value: 14 }]);
    const stages = JSON.stringify([
      { label: 'A', value: 1200, avgDays: 3 },
      { label: 'B', value: 600, avgDays: 7, probability: 0.2, amount: 900000 },
      { label: 'C', value: 90, avgDays: 1, probability: 0.5, amount: 400000 },
    ]);
    const goal = (attrs: { value?: number; today: string; per?: string; pace?: string; variant?: string; target?: number }) =>
      html`<goal-progress value=${ifDefined(attrs.value)} target=${attrs.target ?? 1500000} start="2026-01-01" end="2026-03-31"
        today=${attrs.today} per=${ifDefined(attrs.per)} pace=${ifDefined(attrs.pace)} variant=${ifDefined(attrs.variant)}></goal-progress>`;
    const deals = (period: string, compare = 'previous-period') =>
      html`<kpi-card src=${fixtureUrl('a11y-deals.csv')} kpi="revenue" currency="EUR" period=${period} compare=${compare}
        today="2026-11-23"></kpi-card>`;

    /** Every widget in every state that has words of its own; labels are left out so the widgets' own words show. */
    const scenes: TemplateResult = html`
      <kpi-card value="220" previous="200" target="200" series=${series} href="/crm"></kpi-card>
      <kpi-card value="180" previous="200" target="200" href="javascript:void 0"></kpi-card>
      <kpi-card value="200" previous="200"></kpi-card>
      <kpi-card value="200" previous="0"></kpi-card>
      <kpi-card kpi="win-rate" value="0.6" previous="0.5"></kpi-card>
      ${deals('today')}${deals('this-week')}${deals('this-month')}${deals('this-quarter')}${deals('this-year')}
      ${deals('this-month', 'previous-year')}${deals('rolling-30d')}
      <kpi-card kpi="revenue"></kpi-card>
      <kpi-card src=${fixtureUrl('kpi-card-kpis.json', '&delay=15000')} select="kpis.mrr"></kpi-card>
      <kpi-card value="lots"></kpi-card>
      <kpi-card value="1" format="bogus"></kpi-card>
      <kpi-card data="{oops"></kpi-card>
      <kpi-card value="1" series='{"a":1}'></kpi-card>
      <kpi-card kpi="no-such-kpi" src=${fixtureUrl('a11y-deals.csv')}></kpi-card>
      <kpi-card kpi="revenue" src=${fixtureUrl('a11y-deals.csv')} period="2026-Q9"></kpi-card>
      <kpi-card kpi="revenue" src=${fixtureUrl('a11y-deals.csv')} today="23.11.2026"></kpi-card>
      <kpi-card src="/api/status/404" select="x"></kpi-card>

      ${goal({ value: 1240000, today: '2026-02-15' })}
      ${goal({ value: 750000, today: '2026-02-15', per: 'week' })}
      ${goal({ value: 675000, today: '2026-02-15', pace: 'working' })}
      ${goal({ value: 300000, today: '2026-02-15', variant: 'ring' })}
      ${goal({ value: 1600000, today: '2026-02-15' })}
      ${goal({ value: 1400000, today: '2026-03-30' })}
      ${goal({ value: 0, today: '2025-12-01' })}
      ${goal({ value: 1000000, today: '2026-04-10' })}
      ${goal({ value: 1600000, today: '2026-04-10' })}
      ${goal({ today: '2026-02-15' })}
      <goal-progress value="1" start="2026-01-01" end="2026-03-31"></goal-progress>
      <goal-progress value="1" target="2" end="2026-03-31"></goal-progress>
      <goal-progress value="1" target="2" start="2026-01-01"></goal-progress>
      <goal-progress value="1" target="2" start="2026-03-31" end="2026-01-01"></goal-progress>

      <kpi-funnel stages=${stages} currency="EUR"></kpi-funnel>
      <kpi-funnel stages='[{"label":"A","value":0}]'></kpi-funnel>
      <kpi-funnel stages="[oops"></kpi-funnel>
      <kpi-funnel></kpi-funnel>
      <kpi-funnel><funnel-stage label="A" value="1"></funnel-stage><funnel-stage label="B" value="x"></funnel-stage></kpi-funnel>
      <kpi-funnel><funnel-stage value="-1"></funnel-stage></kpi-funnel>
      <kpi-card value="1" currency="kroner"></kpi-card>
      <kpi-card value="1" locale="norsk"></kpi-card>
      <kpi-card value="1" theme="drak"></kpi-card>
      <kpi-dashboard></kpi-dashboard>
      <kpi-dashboard locale="norsk" currency="kroner" theme="drak"><kpi-card value="1"></kpi-card></kpi-dashboard>
      <funnel-stage value="120" previous="100"></funnel-stage>
      <funnel-stage value="80" previous="100"></funnel-stage>

      <trend-chart src=${fixtureUrl('trend-chart-deals.csv')} kpi="revenue" period="2026-01-01/2026-06-30" today="2026-03-31"
        compare="previous-year" target="150000" budget="100000" show-table></trend-chart>
      <trend-chart src=${fixtureUrl('trend-chart-deals.csv')} kpi="revenue" period="2026-01-01/2026-06-30" today="2026-03-31"
        compare="previous-period"></trend-chart>
      <trend-chart series=${weekly} show-table></trend-chart>
      <trend-chart series=${quarterly} show-table></trend-chart>
      <trend-chart series="[]"></trend-chart>
      <trend-chart series="{oops"></trend-chart>`;

    /** Everything a widget says: its shadow text, its ARIA words, the chart's legend and axis, its kpi-error messages. */
    function said(root: Element, errors: string[]): string[] {
      const out = [...errors];
      for (const el of root.querySelectorAll('*')) {
        const shadow = el.shadowRoot;
        if (!shadow) continue;
        out.push(`<${el.localName}> ${shadow.textContent ?? ''}`);
        for (const node of shadow.querySelectorAll('*')) {
          for (const attr of ['aria-label', 'aria-valuetext', 'title', 'alt']) {
            const value = node.getAttribute(attr);
            if (value) out.push(`<${el.localName}> [${attr}] ${value}`);
          }
        }
        const chart = (el as Element & { chart?: { data: { labels?: unknown[]; datasets: Array<{ label?: string }> } } }).chart;
        if (chart) out.push(`<${el.localName}> chart: ${chart.data.datasets.map((d) => d.label).join(' | ')} | ${chart.data.labels?.join(' | ')}`);
      }
      return out;
    }

    /**
     * The literal parts of an English string (between its placeholders) that
     * this language does not share, as whole-word patterns: "Remaining:",
     * "days left", "vs last month".
     */
    function englishTells(lang: (typeof LANGS)[number]): Array<{ key: string; pattern: RegExp }> {
      const tells: Array<{ key: string; pattern: RegExp }> = [];
      const add = (key: string, en: string, own: string) => {
        if (en === own) return;
        for (const raw of en.split(/\{\w+\}/)) {
          const fragment = raw.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
          if (!/\p{L}{3,}/u.test(fragment) || own.includes(fragment)) continue;
          const escaped = fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          tells.push({ key, pattern: new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u') });
        }
      };
      for (const [name, en] of Object.entries(english)) {
        for (const [key, text] of Object.entries(en)) add(`${name}.${key}`, text, translations[lang][name]?.[key] ?? '');
      }
      for (const kpi of KPI_CATALOGUE) add(`catalogue.${kpi.id}`, kpi.names.en, kpi.names[lang]);
      return tells;
    }

    const locales = { nb: 'nb-NO', sv: 'sv-SE', da: 'da-DK', nl: 'nl-NL' } as const;
    const sample = {
      nb: ['Laster…', 'mot forrige måned', 'Trengs:', 'per arbeidsdag', 'Ingen data for denne perioden.', 'uke 12', 'Omsetning', 'Flaskehals'],
      sv: ['Laddar…', 'mot förra månaden', 'Behövs:', 'per arbetsdag', 'Inga data för den här perioden.', 'v. 12', 'Omsättning', 'Flaskhals'],
      da: ['Indlæser…', 'mod sidste måned', 'Kræver:', 'pr. arbejdsdag', 'Ingen data for denne periode.', 'uge 12', 'Omsætning', 'Flaskehals'],
      nl: ['Laden…', 't.o.v. vorige maand', 'Nodig:', 'per werkdag', 'Geen gegevens voor deze periode.', 'week 12', 'Omzet', 'Knelpunt'],
    };

    for (const lang of LANGS) {
      it(`${locales[lang]}: every element in every state`, async function () {
        this.timeout(20000);
        const errors: string[] = [];
        const listener = (e: Event) => errors.push(`kpi-error: ${(e as CustomEvent<{ message: string }>).detail.message}`);
        document.addEventListener('kpi-error', listener);
        try {
          const wrap = await fixture<HTMLElement>(html`<div lang=${locales[lang]}>${scenes}</div>`);
          // The loading card stays loading; everything else settles.
          await settled(wrap, { loading: true });
          const loadingCard = wrap.querySelector('kpi-card[select="kpis.mrr"]')!;
          const others = [...wrap.children].filter((el) => el !== loadingCard);
          for (const el of others) await settled(el);
          const lines = said(wrap, errors);
          const all = lines.join('\n');
          expect(sample[lang].filter((words) => !all.includes(words)), 'words not shown').to.deep.equal([]);
          const left = englishTells(lang).flatMap(({ key, pattern }) =>
            lines.filter((line) => pattern.test(line)).map((line) => `${key} ${pattern.source} in: ${line.slice(0, 200)}`));
          expect(left, `English left in ${lang}:\n${left.join('\n')}`).to.deep.equal([]);
        } finally {
          document.removeEventListener('kpi-error', listener);
        }
      });
    }
  });
});
