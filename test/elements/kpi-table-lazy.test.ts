import { expect, waitUntil } from '@open-wc/testing';
// The kit's entry, as the one-file bundle registers it: kpi-table is not defined until a page uses one.
import '../../src/index.js';

describe('<kpi-table> registered when a page uses it', () => {
  it('is not defined on a page without one, and upgrades once one is added', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(customElements.get('kpi-table'), 'no table on the page yet').to.equal(undefined);
    const el = document.createElement('kpi-table');
    el.setAttribute('label', 'Sellers');
    document.body.append(el);
    await waitUntil(() => customElements.get('kpi-table'), 'kpi-table was not defined', { timeout: 5000 });
    // Without group-by and src it says what it needs: the class loaded and rendered.
    const error = () => el.shadowRoot?.querySelector('[part~="error"]');
    await waitUntil(error, 'the table did not render', { timeout: 5000 });
    expect(error()!.textContent).to.contain('group-by');
    el.remove();
  });
});
