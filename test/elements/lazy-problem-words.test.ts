/**
 * The words of data problems (an unreachable or wrong source, a wrong shape)
 * are a chunk that loads with the first such problem (problems.ts). This file
 * runs in a page of its own, so the chunk is not loaded when it starts: each
 * widget's first problem must still be shown and reported in its own words,
 * with its own code, never as "Something went wrong".
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { KpiErrorDetail } from '../../src/elements/shared/problems.js';

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const errorText = (el: Element) => text(el.shadowRoot!.querySelector('[part~="error"]'));
const requested = (file: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(file));
const key = () => Math.random().toString(36).slice(2);

describe('the first data problems of a page, before their words have loaded', () => {
  it('every widget says what went wrong and reports it with its code', async () => {
    expect(requested('data-problems'), 'loaded before the test').to.equal(false);
    const errors: Array<{ tag: string; detail: KpiErrorDetail }> = [];
    const listen = (e: Event) => errors.push({ tag: (e.composedPath()[0] as Element).localName, detail: (e as CustomEvent).detail });
    document.addEventListener('kpi-error', listen);
    const series = JSON.stringify([{ date: '2026-01', value: 1 }, { date: '2026-02', value: 2 }]);
    const page = await fixture(html`<div>
      <kpi-card locale="en" label="A" src=${`/api/status/404?k=${key()}`}></kpi-card>
      <goal-progress locale="en" label="B" src=${`/api/body/wrong-shape?k=${key()}`}></goal-progress>
      <kpi-funnel locale="en" label="C" src=${`/api/body/html-login?k=${key()}`}></kpi-funnel>
      <trend-chart locale="en" label="D" src=${`/api/body/empty?k=${key()}`}></trend-chart>
      <trend-chart locale="en" label="E" series=${series} budget='{"per":"month"}'></trend-chart>
    </div>`);
    const [card, goal, funnel, chart, budget] = [...page.children];
    await waitUntil(() => [card, goal, funnel, chart, budget].every((el) => errorText(el)), 'not every widget shows its problem', { timeout: 8000 });
    document.removeEventListener('kpi-error', listen);

    expect(requested('data-problems'), 'the words loaded').to.equal(true);
    expect(errorText(card)).to.equal('The data source answered with error 404. Check the address in src.');
    expect(errorText(goal)).to.match(/^The data has the wrong shape: /);
    expect(errorText(funnel)).to.equal('The data source sent a web page instead of data. Perhaps a login is needed.');
    expect(errorText(chart)).to.equal('The data source sent an empty answer.');
    // A budget of the wrong shape is found synchronously, before any word of it has loaded.
    expect(errorText(budget)).to.match(/^The data has the wrong shape: budget must be/);
    const codes = Object.fromEntries(errors.map(({ tag, detail }) => [`${tag} ${detail.message.slice(0, 12)}`, detail.code]));
    expect(errors.map(({ detail }) => detail.code).sort()).to.deep.equal(['empty', 'html', 'http', 'schema', 'schema'], JSON.stringify(codes));
    for (const { detail } of errors) expect(detail.message).to.not.contain('Something went wrong');
  });
});
