// The page side of `npm run bench` (scripts/bench.mjs drives it with
// playwright-core). Loaded after the one-file bundle; exposes window.bench.
//
// The baseline is hand-written DOM code that builds the markup a <kpi-card>
// renders (the same parts, texts, SVG and shared stylesheets, in a shadow
// root), with formatting done by cached Intl.NumberFormat instances: the
// practical floor for drawing these cards without a framework.

const CARDS = 1000;
const POINTS = 12;

/** The data of card i: deterministic, so every run draws the same page. */
function cardData(i, bump = 0) {
  const previous = 100000 + ((i * 7919) % 90000);
  const value = Math.round(previous * (0.8 + ((i * 104729) % 400) / 1000)) + bump;
  const series = Array.from({ length: POINTS }, (_, m) => ({
    date: `2026-${String(m + 1).padStart(2, '0')}`,
    value: Math.round(previous * (0.7 + (((i + 1) * (m + 3) * 7) % 60) / 100)),
  }));
  series[POINTS - 1].value = value;
  return { label: `Revenue ${i + 1}`, value, previous, series };
}

// ---- the kit ----

/** The card as a script or framework makes it: the same JS values the baseline gets, as properties. */
function kitCard(data) {
  const card = document.createElement('kpi-card');
  card.label = data.label;
  card.value = data.value;
  card.previous = data.previous;
  card.series = data.series;
  return card;
}

/** The card as pasted HTML gives it: attributes, so numbers and the series are parsed from text. */
function kitCardFromAttributes(data) {
  const card = document.createElement('kpi-card');
  card.setAttribute('label', data.label);
  card.setAttribute('value', String(data.value));
  card.setAttribute('previous', String(data.previous));
  card.setAttribute('series', JSON.stringify(data.series));
  return card;
}

/**
 * The plain card of issue 17: the simplest code a developer would write for
 * the same face (label, value, delta, sparkline) from the same attributes, as
 * an independent benchmark wrote it: a custom element that renders its shadow
 * root's innerHTML when connected, numbers formatted with toLocaleString.
 */
class PlainCard extends HTMLElement {
  connectedCallback() {
    const label = this.getAttribute('label') ?? '';
    const value = Number(this.getAttribute('value'));
    const previous = Number(this.getAttribute('previous'));
    const values = JSON.parse(this.getAttribute('series') ?? '[]').map((p) => p.value);
    const change = (value - previous) / previous;
    const up = change >= 0;
    const spark = sparkPath(values);
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
      :host { display: block; font: 14px system-ui, sans-serif; padding: 12px; border: 1px solid #ddd; border-radius: 8px }
      .value { display: block; font-size: 28px; font-weight: 600 } .good { color: #137333 } .bad { color: #b3261e }
      svg { width: 100%; height: 28px } path { fill: none; stroke: currentColor; stroke-width: 1.5 }
    </style>
    <span class="label">${label}</span>
    <span class="value">${value.toLocaleString('en')}</span>
    <span class="delta ${up ? 'good' : 'bad'}">${up ? '▲' : '▼'} ${(change * 100).toLocaleString('en', { maximumFractionDigits: 1 })}% vs previous</span>
    <svg viewBox="0 0 100 28" preserveAspectRatio="none"><path d="${spark.d}"></path></svg>`;
  }
}
customElements.define('plain-card', PlainCard);

function plainCard(data) {
  const card = document.createElement('plain-card');
  card.setAttribute('label', data.label);
  card.setAttribute('value', String(data.value));
  card.setAttribute('previous', String(data.previous));
  card.setAttribute('series', JSON.stringify(data.series));
  return card;
}

const makers = { kit: kitCard, attributes: kitCardFromAttributes, hand: handCard, plain: plainCard };

// ---- the hand-written baseline ----

const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const share = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
let sheets = [];

function sparkPath(values) {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const step = 96 / (values.length - 1);
  let d = '';
  let last;
  values.forEach((v, i) => {
    const x = Math.round((2 + i * step) * 100) / 100;
    const y = Math.round((max === min ? 14 : 2 + ((max - v) / (max - min)) * 24) * 100) / 100;
    d += `${d ? ' ' : ''}${i ? 'L' : 'M'}${x} ${y}`;
    last = { x, y };
  });
  return { d, last };
}

function deltaOf(value, previous) {
  const change = (value - previous) / previous;
  const trend = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  return { change, trend, sentiment: trend === 'up' ? 'good' : trend === 'down' ? 'bad' : 'neutral' };
}

const arrows = { up: '▲', down: '▼', flat: '▶' };
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};
const svgEl = (tag, attrs) => {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
};

function handCard(data) {
  const host = document.createElement('hand-card');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const values = data.series.map((p) => p.value);
  const spark = sparkPath(values);
  const sentence = el('span', { class: 'visually-hidden' });
  const value = el('span', { part: 'value' });
  const arrow = el('span', { class: 'arrow' });
  const amount = document.createTextNode('');
  const words = el('span', { class: 'words' });
  const delta = el('span', { part: 'delta' }, arrow, ' ', amount, ' ', words);
  const svg = svgEl('svg', { part: 'sparkline', viewBox: '0 0 100 28', preserveAspectRatio: 'none', focusable: 'false' });
  svg.append(svgEl('path', { class: 'line', d: spark.d }), svgEl('path', { class: 'dot', d: `M${spark.last.x} ${spark.last.y}h0` }));
  root.append(el('div', { part: 'base', 'aria-busy': 'false' },
    sentence,
    el('div', { class: 'face', 'aria-hidden': 'true' }, el('span', { part: 'label' }, data.label), value, delta, svg)));
  const refs = { sentence, value, arrow, amount, words, delta, data, first: numbers.format(values[0]) };
  host.refs = refs;
  fillHand(refs, data.value);
  return host;
}

/** Writes what depends on the value, and only what changed: what careful hand-written code does. */
function fillHand(refs, newValue) {
  const { data } = refs;
  const d = deltaOf(newValue, data.previous);
  const shown = numbers.format(newValue);
  const pct = share.format(Math.abs(d.change));
  const set = (node, key, text) => {
    if (node[key] !== text) node[key] = text;
  };
  set(refs.value, 'textContent', shown);
  set(refs.delta, 'className', d.sentiment);
  set(refs.arrow, 'textContent', arrows[d.trend]);
  set(refs.amount, 'data', percent.format(d.change));
  set(refs.words, 'textContent', `vs previous, ${d.sentiment}`);
  set(refs.sentence, 'textContent', `${data.label} ${shown}, ${d.trend} ${pct} vs previous, ${d.sentiment}. Trend from ${refs.first} to ${shown}`);
}

// ---- timing ----

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const collect = () => globalThis.gc?.();
let stage;

async function clear() {
  stage?.remove();
  stage = undefined;
  collect();
  await frame();
}

/** Builds 1,000 cards of one kind on a cleared page; resolves with the milliseconds to first complete render (script, style, layout, paint). */
async function render(kind) {
  if (stage) throw new Error('clear() first');
  const data = Array.from({ length: CARDS }, (_, i) => cardData(i));
  stage = document.createElement('div');
  stage.className = 'stage';
  const t0 = performance.now();
  const cards = data.map(makers[kind]);
  stage.append(...cards);
  document.body.append(stage);
  if (kind !== 'hand' && kind !== 'plain') await Promise.all(cards.map((card) => card.updateComplete));
  void stage.offsetHeight;
  await frame(); // painted
  return performance.now() - t0;
}

let bump = 0;
/** Changes the value of every card on the stage; resolves with the milliseconds until it is painted. */
async function update(kind) {
  bump++;
  const cards = [...stage.children];
  const t0 = performance.now();
  if (kind !== 'hand') {
    cards.forEach((card, i) => (card.value = cardData(i).value + bump));
    await Promise.all(cards.map((card) => card.updateComplete));
  } else {
    cards.forEach((card, i) => fillHand(card.refs, cardData(i).value + bump));
  }
  void stage.offsetHeight;
  await frame(); // painted
  return performance.now() - t0;
}

/** The two cards side by side, to check the baseline draws what the kit draws. */
async function compare() {
  await clear();
  const data = cardData(7);
  const kit = kitCard(data);
  document.body.append(kit);
  await kit.updateComplete;
  const hand = handCard(data);
  document.body.append(hand);
  const text = (node) => node.shadowRoot.textContent.replace(/\s+/g, '');
  const count = (node) => node.shadowRoot.querySelectorAll('*').length;
  const result = { kit: text(kit), hand: text(hand), kitNodes: count(kit), handNodes: count(hand) };
  kit.remove();
  hand.remove();
  return result;
}

/** A trend-chart's data change updates the Chart instance it has. */
async function chartIdentity() {
  await clear();
  const chart = document.createElement('trend-chart');
  chart.setAttribute('series', JSON.stringify(cardData(1).series));
  document.body.append(chart);
  await until(() => chart.chart, 'the first chart');
  await chart.updateComplete;
  const first = chart.chart;
  const Chart = first.constructor;
  const before = Object.keys(Chart.instances).length;
  const t0 = performance.now();
  chart.series = cardData(2).series;
  await chart.updateComplete;
  const ms = performance.now() - t0;
  const result = {
    same: chart.chart === first,
    updated: JSON.stringify(chart.chart.data.datasets[0].data) === JSON.stringify(cardData(2).series.map((p) => p.value)),
    before,
    after: Object.keys(Chart.instances).length,
    ms,
  };
  chart.remove();
  return result;
}

// ---- requests ----

let renders = 0;
let countingRenders = false;
function countRenders() {
  if (countingRenders) return;
  countingRenders = true;
  for (const tag of ['kpi-card', 'goal-progress', 'kpi-funnel', 'trend-chart']) {
    const proto = customElements.get(tag).prototype;
    const render = proto.render;
    proto.render = function () {
      renders++;
      return render.call(this);
    };
  }
}

const settled = (node) => node.shadowRoot?.querySelector('[part~="base"]') && !node.shadowRoot.querySelector('[part~="skeleton"]');
async function until(check, what, ms = 10000) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const FIELDS = 'value:close_value,closed:close_date,created:engage_date,stage:deal_stage,owner:sales_agent,id:opportunity_id';

/** 20 widgets of four kinds on one src. */
async function shared(src) {
  await clear();
  stage = document.createElement('div');
  const kpis = ['revenue', 'win-rate', 'avg-deal-value', 'avg-sales-cycle'];
  const html = [];
  for (let i = 0; i < 14; i++) {
    html.push(`<kpi-card src="${src}" fields="${FIELDS}" kpi="${kpis[i % kpis.length]}" period="2017-Q2" today="2017-06-30"></kpi-card>`);
  }
  for (let i = 0; i < 3; i++) {
    html.push(`<kpi-funnel src="${src}" fields="${FIELDS}" stage-order="Prospecting,Engaging,Won"></kpi-funnel>`);
  }
  for (let i = 0; i < 3; i++) {
    html.push(`<trend-chart src="${src}" fields="${FIELDS}" kpi="revenue" period="2017-01-01/2017-06-30" today="2017-06-30"></trend-chart>`);
  }
  stage.innerHTML = html.join('\n');
  document.body.append(stage);
  const widgets = [...stage.children];
  await until(() => widgets.every(settled), 'the 20 widgets to render');
  const errors = widgets.map((w) => w.shadowRoot.querySelector('[part~="error"]')?.textContent).filter(Boolean);
  return { widgets: widgets.length, errors };
}

/** Cards with `refresh` on one src; returns render counts before and after the server's 304s. */
async function refresh(src, { cards = 5, seconds = 1 } = {}) {
  await clear();
  countRenders();
  stage = document.createElement('div');
  stage.innerHTML = Array.from({ length: cards }, () => `<kpi-card src="${src}" refresh="${seconds}"></kpi-card>`).join('');
  document.body.append(stage);
  const widgets = [...stage.children];
  await until(() => widgets.every(settled), 'the refreshing cards to render');
  await Promise.all(widgets.map((w) => w.updateComplete));
  const start = renders;
  return { start, widgets: widgets.length, value: widgets[0].shadowRoot.querySelector('[part~="value"]').textContent };
}

function rendersSince(start) {
  return renders - start;
}

function shownValues() {
  return [...stage.children].map((w) => w.shadowRoot.querySelector('[part~="value"]')?.textContent);
}

async function ready() {
  await customElements.whenDefined('kpi-card');
  // The baseline shares the card's constructed stylesheets, as a hand-written component would.
  const probe = document.createElement('kpi-card');
  probe.setAttribute('value', '1');
  document.body.append(probe);
  await probe.updateComplete;
  sheets = [...probe.shadowRoot.adoptedStyleSheets];
  probe.remove();
  return { sheets: sheets.length, gc: typeof globalThis.gc === 'function' };
}

// ---- data at scale (issue 17) ----

/**
 * The longest main-thread task while `widgets` settle, from the Long Tasks API
 * (it reports tasks over 50 ms; none means every task was shorter), and the
 * time to all values. `markup` is the page's HTML.
 */
async function underLoad(markup, timeout = 60000) {
  await clear();
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  // Frames that come late also show a blocked thread: the longest gap between two.
  let last = performance.now();
  let gap = 0;
  let watching = true;
  const tick = () => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
    if (watching) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const t0 = performance.now();
  stage = document.createElement('div');
  stage.innerHTML = markup;
  document.body.append(stage);
  const widgets = [...stage.children];
  await until(() => widgets.every(settled), 'the widgets to settle', timeout);
  const ms = performance.now() - t0;
  watching = false;
  await frame();
  observer.disconnect();
  const errors = widgets.map((w) => w.shadowRoot.querySelector('[part~="error"]')?.textContent).filter(Boolean);
  const values = widgets.map((w) => w.shadowRoot.querySelector('[part~="value"]')?.textContent);
  return { ms, longest: tasks.length ? Math.max(...tasks) : 0, longTasks: tasks.length, gap, errors: errors.slice(0, 3), values: values.slice(0, 3), widgets: widgets.length };
}

window.bench = { underLoad, ready, render, update, compare, clear, frame, chartIdentity, shared, refresh, rendersSince, shownValues };
