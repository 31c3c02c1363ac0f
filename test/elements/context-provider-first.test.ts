/**
 * Dashboard settings reach a widget whichever element is defined first. This
 * file defines kpi-dashboard before kpi-card, after the markup is already in
 * the page (as when a CMS page loads the script late). Each test file runs in
 * its own page, so the definition order here is real.
 */
import { expect, waitUntil } from '@open-wc/testing';

const part = (el: Element, name: string) =>
  (el.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

it('a card inside a dashboard takes its locale and currency (provider-first)', async () => {
  const host = document.createElement('div');
  host.innerHTML = `<kpi-dashboard locale="nb-NO" currency="NOK">
    <kpi-card label="Omsetning" value="182400" previous="171000" format="currency"></kpi-card>
    <kpi-card label="Own" value="1234.5" locale="en"></kpi-card>
  </kpi-dashboard>`;
  document.body.append(host);
  await import('../../src/elements/kpi-dashboard/kpi-dashboard.define.js');
  await new Promise((r) => setTimeout(r, 20));
  await import('../../src/elements/kpi-card/kpi-card.define.js');
  const [card, own] = [...host.querySelectorAll('kpi-card')];
  await waitUntil(() => part(card, 'value') === '182 400 kr', `got "${part(card, 'value')}"`, { timeout: 4000 });
  // The card's own locale attribute wins over the dashboard's.
  // 1234.5 in whole units from 100 up, grouped the English way.
  expect(part(own, 'value')).to.equal('1,235');
  // Later changes on the dashboard reach the card too.
  host.querySelector('kpi-dashboard')!.setAttribute('currency', 'SEK');
  await waitUntil(() => part(card, 'value').endsWith('kr') && /182 400/.test(part(card, 'value')), 'currency change', { timeout: 4000 });
  host.querySelector('kpi-dashboard')!.setAttribute('locale', 'en-GB');
  await waitUntil(() => part(card, 'value') === 'SEK 182,400', `got "${part(card, 'value')}"`, { timeout: 4000 });
  host.remove();
});
