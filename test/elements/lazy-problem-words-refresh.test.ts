/**
 * As lazy-problem-words.test.ts, for a refresh: in a page of its own, the first
 * data problem is a refresh that fails after the card has shown its value. The
 * card keeps the value, marks it stale, and reports the failure in its own
 * words once they have loaded.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/kpi-card/kpi-card.define.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { KpiErrorDetail } from '../../src/elements/shared/problems.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const requested = (file: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(file));

describe('a failing refresh as the first data problem of a page', () => {
  it('keeps the value, marks it stale and reports the failure in words, with its code', async function () {
    // 5 s is the shortest refresh.
    this.timeout(15000);
    // Request 1 answers {"version": 0}; request 2, the first refresh 5 seconds later, answers 503.
    const src = `/api/changing?key=refresh-words-${Math.random().toString(36).slice(2)}&fail=2`;
    const card = await fixture<KpiCard>(html`<kpi-card locale="en" label="Version" src=${src} select="version" refresh="5"></kpi-card>`);
    await waitUntil(() => part(card, 'value'), 'the card did not show its value', { timeout: 5000 });
    expect(requested('data-problems'), 'loaded before the refresh failed').to.equal(false);

    const { detail } = (await oneEvent(card, 'kpi-error')) as CustomEvent<KpiErrorDetail>;
    expect(detail.code).to.equal('http');
    expect(detail.status).to.equal(503);
    expect(detail.message).to.equal('The data source answered with error 503. Check the address in src.');
    expect(requested('data-problems'), 'the words loaded').to.equal(true);
    await card.updateComplete;
    expect(part(card, 'value')!.textContent).to.equal('0');
    expect(part(card, 'stale')).to.not.equal(null);
    card.remove();
  });
});
