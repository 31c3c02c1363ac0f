/**
 * Every word in every language. The English tables (defineStrings in
 * shared/i18n.ts and each <tag>.strings.ts) hold the keys; nb, sv, da and nl
 * live in shared/lang/<lang>.ts, loaded lazily. Their `satisfies Translation`
 * makes a missing key a compile error; this test fails on it at run time too,
 * and on a placeholder ({value}, {target}…) that a translation lost or made up.
 */
import { expect } from '@open-wc/testing';
import { english, loadStrings, stringsReady, t } from '../../src/elements/shared/i18n.js';
import { cardText } from '../../src/elements/kpi-card/kpi-card.strings.js';
import '../../src/elements/goal-progress/goal-progress.strings.js';
import '../../src/elements/kpi-funnel/kpi-funnel.strings.js';
import '../../src/elements/trend-chart/trend-chart.strings.js';
import '../../src/elements/shared/data-problems.js';

import type { Translation } from '../../src/elements/shared/lang/translation.js';

const languages = {
  nb: () => import('../../src/elements/shared/lang/nb.js'),
  sv: () => import('../../src/elements/shared/lang/sv.js'),
  da: () => import('../../src/elements/shared/lang/da.js'),
  nl: () => import('../../src/elements/shared/lang/nl.js'),
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('string tables', () => {
  it('has the seven English tables the translations are typed against', () => {
    const names: Array<keyof Translation> = ['common', 'data-problems', 'kpi-card', 'goal-progress', 'kpi-funnel', 'trend-chart', 'data-note'];
    expect(Object.keys(english).sort()).to.deep.equal([...names].sort());
  });

  for (const [lang, load] of Object.entries(languages)) {
    describe(lang, () => {
      let table: Record<string, Record<string, string>>;
      before(async () => {
        table = (await load()).default;
      });

      it('has every table, and every key of each, and no key English lacks', () => {
        expect(Object.keys(table).sort()).to.deep.equal(Object.keys(english).sort());
        for (const [name, words] of Object.entries(english)) {
          expect(Object.keys(table[name]).sort(), `${lang} ${name}`).to.deep.equal(Object.keys(words).sort());
        }
      });

      it('translates every key into a text with the same placeholders', () => {
        for (const [name, words] of Object.entries(english)) {
          for (const [key, text] of Object.entries(words)) {
            const translated = table[name][key];
            expect(translated.trim(), `${lang} ${name} ${key}`).to.not.equal('');
            expect(placeholders(translated), `${lang} ${name} ${key}`).to.deep.equal(placeholders(text));
          }
        }
      });
    });
  }

  it('loads a language once, and then translates synchronously', async () => {
    await loadStrings('sv');
    expect(stringsReady('sv')).to.equal(true);
    expect(t('sv', 'loading')).to.equal('Laddar…');
    expect(cardText('sv', 'details')).to.not.equal(cardText('en', 'details'));
    expect(t('en', 'week', { week: 12 })).to.equal('week 12');
  });
});
