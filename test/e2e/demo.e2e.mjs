// End-to-end check of the demo site (`npm start`): starts the Vite demo server
// on a free port, opens every page in headless Chromium, waits for the widgets
// to settle and checks that each shows numbers and no error, that the page
// logs no console or page errors, and that the snippet builder works. Saves a
// screenshot of each page to test-results/screenshots/<page>.png.
//
//   node test/e2e/demo.e2e.mjs
//
// Prints one line per check and a last line "N passed, N failed"; exits 1 on
// any failure. CHROME_PATH picks the browser (default /usr/bin/chromium).
import { createRequire } from 'node:module';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, PAGES, root, settle, SETTLE_MS, startDemo, warmUp, WIDGETS } from './demo-site.mjs';

const shots = path.join(root, 'test-results/screenshots');

let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${!ok && detail ? `\n    ${String(detail).replace(/\n/g, '\n    ')}` : ''}`);
  return ok;
}

/** Runs a step that may throw; a throw is one failed check, and the run goes on. */
async function step(name, fn) {
  try {
    await fn();
  } catch (error) {
    check(name, false, error instanceof Error ? error.stack ?? error.message : error);
  }
}

/** What each widget shows: tag, label, error text, whether it is empty, its text. */
function inspect(page) {
  return page.evaluate((selector) =>
    [...document.querySelectorAll(selector)].map((el, index) => {
      const shadow = el.shadowRoot;
      return {
        index,
        tag: el.localName,
        name: el.getAttribute('label') || el.getAttribute('kpi') || el.id || `#${index + 1}`,
        error: shadow?.querySelector('[part~="error"]')?.textContent?.trim() ?? null,
        empty: Boolean(shadow?.querySelector('[part~="empty"]')),
        text: (shadow?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      };
    }), WIDGETS);
}

function checkWidgets(pageName, widgets) {
  check(`${pageName}: shows widgets (${widgets.length})`, widgets.length > 0);
  for (const w of widgets) {
    const what = `${pageName}: <${w.tag}> "${w.name}"`;
    check(`${what} has no error`, w.error === null, w.error);
    check(`${what} shows numbers`, !w.empty && /\d/.test(w.text), w.empty ? `empty state: ${w.text}` : w.text || '(no text)');
  }
}

const require = createRequire(import.meta.url);
let axeSource = null;
try {
  axeSource = require.resolve('axe-core/axe.min.js');
} catch {
  // A devDependency (also brought by @open-wc/testing); without it the scan fails with a hint.
}

/**
 * Runs axe (WCAG 2.1 A and AA) on the page, into every widget's shadow root.
 * A finding fails the page whether it is in the page's own markup or inside a
 * widget: an editor pasting our snippets gets what the widgets render.
 */
async function accessibility(page, pageName) {
  if (!axeSource) {
    check(`${pageName}: axe-core is installed for the accessibility scan`, false, 'npm install -D axe-core');
    return;
  }
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, summary: (n.failureSummary ?? '').replace(/\s+/g, ' ') })),
    }));
  });
  const lines = (inWidget) =>
    violations.flatMap((v) => {
      const nodes = v.nodes.filter((n) => (Array.isArray(n.target[0]) || n.target.length > 1) === inWidget);
      return nodes.length ? [`${v.id}: ${v.help} — ${nodes.map((n) => `${JSON.stringify(n.target)} ${n.summary}`).join('; ')}`] : [];
    });
  const own = lines(false);
  const widgets = lines(true);
  check(`${pageName}: no accessibility violations in the page's own markup (axe)`, own.length === 0, own.join('\n'));
  check(`${pageName}: no accessibility violations inside the widgets (axe)`, widgets.length === 0, widgets.join('\n'));
}

async function openPage(context, base, pageName) {
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${msg.text()} ${msg.location()?.url ?? ''}`.trim());
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  page.on('requestfailed', (request) => consoleErrors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  const response = await page.goto(`${base}/${pageName}.html`, { waitUntil: 'load' });
  check(`${pageName}: loads (HTTP ${response?.status()})`, response?.ok() === true);
  return { page, consoleErrors, pageErrors };
}

function checkLogs(pageName, { consoleErrors, pageErrors }) {
  check(`${pageName}: no console errors`, consoleErrors.length === 0, consoleErrors.join('\n'));
  check(`${pageName}: no page errors`, pageErrors.length === 0, pageErrors.join('\n'));
}

async function screenshot(page, pageName) {
  await page.screenshot({ path: path.join(shots, `${pageName}.png`), fullPage: true });
}

// ---- page-specific checks ------------------------------------------------

async function teamChecks(page) {
  const revenueText = () =>
    page.evaluate(() => document.querySelector('kpi-card[kpi="revenue"]').shadowRoot.querySelector('[part~="value"]')?.textContent);
  const before = await revenueText();
  await page.selectOption('#rep', 'Anna Berg');
  await page.waitForFunction(() => document.getElementById('team').getAttribute('filter') === 'owner=Anna Berg');
  await page.waitForFunction(
    (was) => document.querySelector('kpi-card[kpi="revenue"]').shadowRoot.querySelector('[part~="value"]')?.textContent !== was,
    before,
    { timeout: SETTLE_MS },
  );
  await settle(page);
  const after = await revenueText();
  check('team: choosing a rep sets the dashboard filter and the cards follow', Boolean(after) && after !== before, `${before} → ${after}`);
  checkWidgets('team (Anna Berg)', await inspect(page));
  check('team: the rep is kept in the address', new URL(page.url()).searchParams.get('rep') === 'Anna Berg', page.url());
  await screenshot(page, 'team-anna-berg');

  // The table of the six sellers: choosing a name there filters the rest of the page the same way.
  const sellers = await page.evaluate(() =>
    [...document.getElementById('sellers').shadowRoot.querySelectorAll('tbody [part~="row-button"]')].map((b) => b.textContent.trim()));
  check('team: the table lists the six sellers', sellers.length === 6, sellers.join(', '));
  const goals = await page.evaluate(() => document.getElementById('sellers').shadowRoot.querySelectorAll('tbody [part~="progress"]').length);
  check('team: each seller has a goal from goals.csv', goals >= 6, String(goals));
  await page.evaluate(() => {
    const button = [...document.getElementById('sellers').shadowRoot.querySelectorAll('[part~="row-button"]')]
      .find((b) => b.textContent.trim() === 'Lars Haugen');
    button.click();
  });
  await page.waitForFunction(() => document.getElementById('team').getAttribute('filter') === 'owner=Lars Haugen');
  const marked = await page.evaluate(() => document.getElementById('sellers').getAttribute('highlight'));
  check('team: choosing a seller in the table filters the page and marks the row', marked === 'owner=Lars Haugen', String(marked));
  await settle(page);
  checkWidgets('team (Lars Haugen from the table)', await inspect(page));
}

/**
 * Issue 12: on any day of a month, no running bucket looks complete. Every
 * chart by week, month, quarter or year has a bucket still running today
 * (unless today ends the month) and names it "so far" in its table; the
 * YTD card names last year's data start when the demo's 20 months of data
 * begin after 1 January of last year.
 */
async function timeChecks(page, pageName) {
  const now = new Date();
  const lastOfMonth = new Date(now.getFullYear(), now.getMonth() + 1, 0).getDate() === now.getDate();
  const charts = await page.evaluate(() =>
    [...document.querySelectorAll('trend-chart')].map((el) => ({
      name: el.getAttribute('label') || el.id,
      granularity: el.getAttribute('granularity') || 'month',
      rows: [...el.shadowRoot.querySelectorAll('[part~="table"] tbody th')].map((th) => th.textContent.trim()),
    })));
  for (const chart of charts) {
    if (chart.granularity === 'day' || lastOfMonth) continue;
    const running = chart.rows.filter((row) => /\((so far|hittil)\)$/.test(row));
    check(`${pageName}: "${chart.name}" names its running ${chart.granularity} "so far"`, running.length === 1, chart.rows.join(' | '));
  }
  const ytd = await page.evaluate(() => document.querySelector('kpi-card[period="ytd"]')?.shadowRoot.querySelector('[part~="delta"]')?.textContent ?? null);
  if (ytd !== null && Date.UTC(now.getFullYear(), now.getMonth() - 20, 1) > Date.UTC(now.getFullYear() - 1, 0, 1)) {
    check(`${pageName}: the YTD card names its incomplete baseline`, /data starter|data starts/.test(ytd), ytd);
  }
}

async function crmChecks(page) {
  const href = await page.evaluate(() => document.querySelector('kpi-card[href]')?.shadowRoot.querySelector('a[part~="link"]')?.getAttribute('href'));
  check('crm: the card has a drill-down link', Boolean(href), String(href));
  const rows = await page.locator('#deals-table tbody tr').count();
  check('crm: the deals table has rows', rows > 1, `${rows} rows`);
  await page.locator('kpi-card[href]').locator('a[part~="link"]').click();
  await page.waitForURL(/team\.html\?rep=Anna/);
  await page.waitForFunction(() => document.getElementById('rep')?.value === 'Anna Berg');
  check('crm: the drill-down opens the team dashboard on the account owner', true);
}

async function builderChecks(page, context, base) {
  const label = 'Win rate & "Q1" <team>';
  await page.getByLabel('KPI card', { exact: false }).first().check();
  await page.selectOption('#kpi', 'win-rate');
  await page.locator('#label').fill('');
  await page.locator('#label').pressSequentially(label);
  await page.waitForFunction(
    (text) => {
      const preview = document.querySelector('#preview kpi-card');
      return preview?.getAttribute('label') === text && preview.getAttribute('kpi') === 'win-rate';
    },
    label,
    { timeout: 5000 },
  );
  await settle(page);
  const previewLabel = await page.evaluate(() => document.querySelector('#preview kpi-card')?.shadowRoot?.textContent ?? '');
  check('builder: the preview shows the typed label', previewLabel.includes(label), previewLabel);
  const snippet = await page.locator('#snippet').textContent();
  check('builder: the snippet contains the label', snippet.includes('Win rate &amp; &quot;Q1&quot; &lt;team&gt;'), snippet);
  check('builder: the snippet is a kpi-card for win-rate', /<kpi-card\b[^>]*\bkpi="win-rate"[^>]*><\/kpi-card>/.test(snippet), snippet);
  check('builder: the snippet leaves out the script line', !snippet.includes('<script'), snippet);
  check('builder: the snippet\'s src is the full address, so it works on any page', snippet.includes(`src="${base}/data/sales.json"`), snippet);
  check('builder: no currency on a card of a rate', !snippet.includes('currency='), snippet);
  const scriptLine = await page.locator('#script-line').textContent();
  check('builder: the script line is shown on its own', /<script type="module" src="[^"]*kpi-widgets\.js"><\/script>/.test(scriptLine), scriptLine);

  // Pasting the snippet into a page gives the same widget as the preview.
  const parsed = await page.evaluate((html) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    const el = template.content.firstElementChild;
    return { tag: el?.localName, label: el?.getAttribute('label'), count: template.content.children.length };
  }, snippet);
  check('builder: the snippet parses back to one element with the exact label', parsed.tag === 'kpi-card' && parsed.label === label && parsed.count === 1, JSON.stringify(parsed));

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  await page.locator('#copy').click();
  await page.waitForFunction(() => /\S/.test(document.getElementById('copy-status')?.textContent ?? ''), null, { timeout: 5000 });
  const status = await page.locator('#copy-status').textContent();
  check('builder: Copy announces itself in a live region', /copied|kopiert/i.test(status) && (await page.locator('#copy-status').getAttribute('aria-live')) === 'polite', status);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  check('builder: the clipboard holds the snippet', clipboard === snippet, clipboard);

  await step('builder: the copied snippet in a blank page with dist/kpi-widgets.js renders the same widget', async () => {
    // A blank HTML file as an editor makes it: the one-file bundle (built by `npm test`) and the pasted snippet.
    const blank = await context.newPage();
    await blank.route('**/kpi-widgets*.js', (route) =>
      route.fulfill({ path: path.join('dist', path.basename(new URL(route.request().url()).pathname)), contentType: 'text/javascript' }),
    );
    await blank.route(`${base}/blank-snippet.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/kpi-widgets.js"></script></head><body>${clipboard}</body></html>`,
      }),
    );
    await blank.goto(`${base}/blank-snippet.html`);
    await settle(blank);
    const pasted = await blank.evaluate(() => document.querySelector('kpi-card')?.shadowRoot?.textContent ?? '');
    const norm = (text) => text.replace(/\s+/g, ' ').trim();
    check('builder: the copied snippet in a blank page with dist/kpi-widgets.js renders the same widget', norm(pasted) === norm(previewLabel) && /\d/.test(pasted), `${norm(pasted)}\n  vs preview: ${norm(previewLabel)}`);
    await blank.close();
  });

  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll('main input, main select, main textarea, main button')]
      .filter((el) => !el.closest('[hidden]') && !(el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el.localName === 'button' && el.textContent.trim())))
      .map((el) => el.id || el.outerHTML.slice(0, 80)));
  check('builder: every control has a label', unlabelled.length === 0, unlabelled.join(', '));

  // Each element type previews with numbers.
  for (const [tag, name] of [['goal-progress', 'Goal'], ['kpi-funnel', 'Funnel'], ['trend-chart', 'Trend chart']]) {
    await page.locator(`input[name="element"][value="${tag}"]`).check();
    await page.waitForFunction((t) => Boolean(document.querySelector(`#preview ${t}`)), tag);
    await settle(page);
    const [preview] = (await inspect(page)).filter((w) => w.tag === tag);
    check(`builder: ${name} preview shows numbers`, preview && preview.error === null && !preview.empty && /\d/.test(preview.text), JSON.stringify(preview));
    const text = await page.locator('#snippet').textContent();
    check(`builder: ${name} snippet is a <${tag}>`, text.trimStart().startsWith(`<${tag} `), text);
  }
  await screenshot(page, 'builder-trend-chart');

  // A goal without a target: the form says so by the field, the preview shows the widget's own message.
  await page.locator('input[name="element"][value="goal-progress"]').check();
  await page.locator('#target').fill('');
  await page.waitForFunction(() => document.querySelector('#preview goal-progress') && !document.querySelector('#preview goal-progress').hasAttribute('target'));
  await settle(page);
  const missing = await page.evaluate(() => ({
    invalid: document.getElementById('target')?.getAttribute('aria-invalid'),
    message: document.getElementById('target-error')?.textContent,
    widget: document.querySelector('#preview goal-progress')?.shadowRoot?.querySelector('[part~="error"]')?.textContent?.trim(),
  }));
  check('builder: a goal without a target is flagged by the field and explained in the preview',
    missing.invalid === 'true' && /target/i.test(missing.message ?? '') && Boolean(missing.widget), JSON.stringify(missing));
  await page.locator('#target').fill('2 000 000');
  await page.selectOption('#period', 'custom');
  await page.locator('#period-custom').fill('2026-Q1');
  await page.waitForFunction(() => document.querySelector('#preview goal-progress')?.getAttribute('period') === '2026-Q1');
  await settle(page);
  const [goal] = (await inspect(page)).filter((w) => w.tag === 'goal-progress');
  const goalSnippet = await page.locator('#snippet').textContent();
  check('builder: a period of its own and a target with spaces reach the preview and the snippet',
    goal?.error === null && /\d/.test(goal.text) && goalSnippet.includes('period="2026-Q1"') && goalSnippet.includes('target="2 000 000"'),
    `${JSON.stringify(goal)}\n${goalSnippet}`);

  // Each widget keeps its own values: the goal's target is not the chart's target line. Currency only for money.
  await page.locator('input[name="element"][value="trend-chart"]').check();
  await page.waitForFunction(() => document.querySelector('#preview trend-chart'));
  const chart = await page.evaluate(() => ({ target: document.getElementById('target')?.value, snippet: document.getElementById('snippet')?.textContent ?? '' }));
  check('builder: the goal\'s target does not reappear as the chart\'s target line', chart.target === '' && !/\btarget=/.test(chart.snippet), JSON.stringify(chart));
  check('builder: no currency on a chart of a rate', !chart.snippet.includes('currency='), chart.snippet);
  await page.selectOption('#kpi', 'revenue');
  const money = await page
    .waitForFunction(() => /currency="NOK"/.test(document.getElementById('snippet')?.textContent ?? '') && !document.getElementById('currency')?.closest('[hidden]'), null, { timeout: 5000 })
    .then(() => true, () => false);
  check('builder: a chart of revenue has its currency', money, await page.locator('#snippet').textContent());
  await page.selectOption('#kpi', 'win-rate');
  await page.locator('input[name="element"][value="goal-progress"]').check();
  const goalTarget = await page.locator('#target').inputValue();
  check('builder: the goal keeps its own target', goalTarget === '2 000 000', goalTarget);

  // In Norwegian the form, the KPI names and the preview's words follow; what was entered stays.
  await page.locator('input[name="ui-lang"][value="nb"]').check();
  await page.locator('input[name="element"][value="kpi-card"]').check();
  await page.waitForFunction(() => document.querySelector('#preview kpi-card'));
  await settle(page);
  const nb = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    kpi: document.querySelector('#kpi option[value="win-rate"]')?.textContent,
    label: document.getElementById('label')?.value,
    heading: document.querySelector('h1')?.textContent,
    nav: [...document.querySelectorAll('.site-nav a')].map((a) => a.textContent.trim()),
    footer: document.querySelector('.site-footer')?.textContent?.trim(),
    nynorsk: document.querySelector('#locale option[value="nn-NO"]')?.textContent,
    english: document.querySelector('[data-language-name="en"]')?.textContent,
  }));
  check('builder: Norwegian shows the form and the KPI names in Norwegian and keeps the entries',
    nb.lang === 'nb' && nb.kpi === 'Vinnrate' && nb.heading === 'Kodebygger' && nb.label === label, JSON.stringify(nb));
  check('builder: in Norwegian the navigation, the footer and the language names are Norwegian',
    nb.nav.includes('Oversikt') && nb.nav.includes('Kodebygger') && /eksempeldata/.test(nb.footer ?? '') && /^norsk nynorsk/.test(nb.nynorsk ?? '') && nb.english === 'engelsk',
    JSON.stringify(nb));
  await screenshot(page, 'builder-nb');

  // Every widget in the dark theme on the builder's preview: axe finds nothing there either.
  for (const tag of ['kpi-card', 'goal-progress', 'kpi-funnel', 'trend-chart']) {
    await page.locator(`input[name="element"][value="${tag}"]`).check();
    await page.selectOption('#theme', 'dark');
    await page.waitForFunction((t) => document.querySelector(`#preview ${t}`)?.getAttribute('theme') === 'dark', tag);
    await settle(page);
    const surface = await page.evaluate((t) => {
      const base = document.querySelector(`#preview ${t}`).shadowRoot.querySelector('[part~="base"]');
      return getComputedStyle(base).backgroundColor + ' ' + document.querySelector(`#preview ${t}`).outerHTML.slice(0, 400);
    }, tag);
    check(`builder: the <${tag}> preview is dark`, surface.startsWith('rgb(22, 27, 34)'), surface);
    await accessibility(page, `builder: dark <${tag}>`);
  }
  await screenshot(page, 'builder-dark');
}

// ---- run -------------------------------------------------------------------

await mkdir(shots, { recursive: true });
const demo = await startDemo();
const { base } = demo;
const browser = await launchBrowser();

try {
  await warmUp(browser, base);
  for (const pageName of PAGES) {
    // A fresh context per page: no cache or permission carries over. Reduced motion stops chart animations mid-screenshot.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', deviceScaleFactor: 1 });
    const opened = await openPage(context, base, pageName);
    const { page } = opened;
    await step(`${pageName}: widgets settle`, async () => {
      await settle(page);
      checkWidgets(pageName, await inspect(page));
      await screenshot(page, pageName);
      await accessibility(page, pageName);
      await timeChecks(page, pageName);
      if (pageName === 'team') await teamChecks(page);
      if (pageName === 'crm') await crmChecks(page);
      if (pageName === 'builder') await builderChecks(page, context, base);
    });
    checkLogs(pageName, opened);
    await context.close();
  }
} finally {
  await browser.close();
  await demo.close();
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
