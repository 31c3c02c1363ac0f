import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import 'axe-core/axe.min.js';
import { settled } from './support.js';
it('probe', async () => {
  const wrap = await fixture<HTMLElement>(html`<div><kpi-card theme="dark" label="MRR" value="182400" previous="171000" target="100" style="--kpi-muted:#555"></kpi-card>
  <trend-chart label="x" series='[{"date":"2026-01","value":1},{"date":"2026-02","value":3}]' show-table theme="dark"></trend-chart></div>`);
  await settled(wrap);
  const r = await (window as any).axe.run(wrap, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa'] } });
  console.log(JSON.stringify(r.violations.map((v: any) => [v.id, v.nodes.map((n: any) => n.target)])));
  console.log(JSON.stringify(r.passes.map((v: any) => [v.id, v.nodes.length])));
  console.log(JSON.stringify(r.incomplete.map((v: any) => [v.id, v.nodes.map((n: any) => [n.target, n.any.map((a:any)=>a.message)])])));
});
