import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineKpiElements, KpiCard } from '../../src/index.js';

describe('registration', () => {
  it('registers every tag, and loading the entry again is harmless', async () => {
    for (const tag of ['kpi-card', 'goal-progress', 'kpi-funnel', 'funnel-stage', 'trend-chart', 'kpi-dashboard']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    // A second copy of the entry (a query string makes the browser load it anew).
    await import('../../src/index.js?again' as string);
    defineKpiElements();
    expect(customElements.get('kpi-card')).to.equal(KpiCard);
  });

  it('registers under other names for pages that already have a kpi-card', async () => {
    defineKpiElements({ prefix: 'acme' });
    defineKpiElements({ tags: { 'kpi-card': 'crm-metric' } });
    const el = await fixture(html`<div><acme-kpi-card label="A" value="5"></acme-kpi-card><crm-metric label="B" value="7"></crm-metric></div>`);
    for (const [tag, value] of [['acme-kpi-card', '5'], ['crm-metric', '7']]) {
      const card = el.querySelector(tag)!;
      await waitUntil(() => card.shadowRoot?.querySelector('[part~="value"]'), tag);
      expect(card.shadowRoot!.querySelector('[part~="value"]')!.textContent!.trim()).to.equal(value);
    }
  });
});
