// docs/elements.md, the element reference, generated from dist/custom-elements.json
// (which `cem analyze` writes from each class's JSDoc) and the custom-property
// fallbacks in the elements' styles. `--write` (`npm run docs`) writes the file;
// `--check` (run by `npm test`) fails when it has drifted from the code.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const OUT = 'docs/elements.md';
const order = ['kpi-card', 'goal-progress', 'kpi-funnel', 'funnel-stage', 'trend-chart', 'kpi-dashboard'];

const manifest = JSON.parse(await readFile('dist/custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
function rank(tag) {
  const i = order.indexOf(tag);
  return i < 0 ? order.length : i;
}

const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') : '';

// --- custom-property defaults, read from the styles --------------------------------

const stylesOf = async (dir) =>
  (await readdir(dir)).filter((f) => f.endsWith('.styles.ts')).sort().map((f) => join(dir, f));
const sharedStyles = await stylesOf('src/elements/shared');

/** The text of `var(--name, …)`'s fallback, with its parentheses balanced, or undefined. */
function fallbackIn(source, name) {
  const at = source.indexOf(`var(${name},`);
  if (at < 0) return undefined;
  let depth = 1;
  let i = at + `var(${name},`.length;
  const from = i;
  for (; i < source.length && depth > 0; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')') depth--;
  }
  return source.slice(from, i - 1).trim();
}

/** A private theme token's literal values in the order the styles declare them: light first, then dark. */
function tokenValues(sources, token) {
  const values = [];
  for (const source of sources) {
    for (const [, value] of source.matchAll(new RegExp(`${token}:\\s*([^;]+);`, 'g'))) {
      const v = value.trim();
      if (!v.startsWith('var(') && !values.includes(v) && !/^(Canvas|CanvasText|GrayText|Highlight|transparent)$/.test(v)) values.push(v);
    }
  }
  return values;
}

/** A CSS fallback in words: `var(--kpi-accent, var(--_accent))` → "`--kpi-accent`, else `#0b5cad` (dark `#58a6ff`)". */
function readable(expr, sources) {
  const v = /^var\((--[\w-]+)(?:,\s*([\s\S]*))?\)$/.exec(expr.trim());
  if (!v) return `\`${expr.replace(/\s+/g, ' ')}\``;
  const [, name, rest] = v;
  if (name.startsWith('--_')) {
    const [light, dark] = tokenValues(sources, name);
    if (!light) return rest ? readable(rest, sources) : '—';
    // A token with a fallback of its own is set only for the dark theme.
    if (rest && !dark) return `${readable(rest, sources)} (dark \`${light}\`)`;
    return dark ? `\`${light}\` (dark \`${dark}\`)` : `\`${light}\``;
  }
  return rest ? `\`${name}\`, else ${readable(rest, sources)}` : `\`${name}\``;
}

async function cssDefault(tag, name, description) {
  const own = await stylesOf(`src/elements/${tag}`).catch(() => []);
  const sources = await Promise.all([...own, ...sharedStyles].map((f) => readFile(f, 'utf8')));
  for (const source of sources) {
    const fallback = fallbackIn(source, name);
    if (fallback !== undefined) return readable(fallback, sources);
  }
  return /\(default ([^)]+)\)/.exec(description ?? '')?.[1] ?? '—';
}

/**
 * The `--kpi-*` properties the styles read that no element documents as its own
 * (the theme's colours, sizes and spacing, which every widget takes), with their fallbacks.
 */
async function themeProperties() {
  const dirs = (await readdir('src/elements', { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => `src/elements/${e.name}`).sort();
  const files = [...sharedStyles, ...(await Promise.all(dirs.filter((d) => !d.endsWith('/shared')).map(stylesOf))).flat()];
  const sources = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  const own = new Set(elements.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
  const names = [...new Set(sources.flatMap((s) => [...s.matchAll(/var\((--kpi-[\w-]+),/g)].map((m) => m[1])))].filter((n) => !own.has(n));
  return names.sort().map((name) => [`\`${name}\``, readable(sources.map((s) => fallbackIn(s, name)).find((f) => f !== undefined), sources)]);
}

// --- attributes every widget shares, listed once ---------------------------------------

const fieldsOf = (d) => (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
function attributeRow(d, a) {
  const field = fieldsOf(d).find((p) => p.name === a.fieldName);
  const meaning = field?.description ?? a.description ?? '';
  const property = a.fieldName && a.fieldName !== a.name ? ` (\`${a.fieldName}\`)` : '';
  return { key: `${a.name}\u0000${meaning}`, row: [`\`${a.name}\`${property}`, a.type?.text ? `\`${a.type.text}\`` : '', meaning] };
}
// Widgets are the elements with a `kpi-load` event; the dashboard only hands settings down.
const widgets = elements.filter((d) => (d.events ?? []).some((e) => e.name === 'kpi-load'));
const shared = widgets.length
  ? widgets.map((d) => new Set((d.attributes ?? []).map((a) => attributeRow(d, a).key))).reduce((a, b) => new Set([...a].filter((k) => b.has(k))))
  : new Set();
const commonRows = widgets.length ? (widgets[0].attributes ?? []).map((a) => attributeRow(widgets[0], a)).filter((r) => shared.has(r.key)).map((r) => r.row) : [];

async function section(d) {
  const own = (d.attributes ?? []).map((a) => attributeRow(d, a)).filter((r) => !widgets.includes(d) || !shared.has(r.key)).map((r) => r.row);
  const events = (d.events ?? []).filter((e) => /^kpi-/.test(e.name ?? '')).map((e) => [`\`${e.name}\``, e.description ?? '']);
  const parts = (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']);
  const cssProps = await Promise.all((d.cssProperties ?? []).map(async (p) => [`\`${p.name}\``, (p.description ?? '').replace(/\s*\(default [^)]+\)/, ''), p.default ?? (await cssDefault(d.tagName, p.name, p.description))]));
  const slots = (d.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description ?? '']);
  return [
    `## \`<${d.tagName}>\``,
    '',
    cell(d.summary ?? d.description),
    '',
    widgets.includes(d) ? `Its own attributes, besides the [common ones](#common-attributes):\n` : '',
    table(['attribute (property)', 'type', 'meaning'], own),
    events.length ? `\n**Events**\n\n${table(['event', 'when'], events)}` : '',
    slots.length ? `\n**Slots**\n\n${table(['slot', 'content'], slots)}` : '',
    parts.length ? `\n**Parts** (style with \`::part()\`)\n\n${table(['part', 'what'], parts)}` : '',
    cssProps.length ? `\n**CSS custom properties**\n\n${table(['property', 'meaning', 'default'], cssProps)}` : '',
    '',
  ].join('\n');
}

const generated = [
  '# Element reference',
  '',
  '<!-- generated by `npm run docs` from dist/custom-elements.json and the elements\' styles; do not edit by hand -->',
  '',
  'Every attribute is also a JavaScript property (named in brackets where it differs). Examples to paste are in the [README](../README.md#paste-into-a-page).',
  '',
  `Elements: ${elements.map((d) => `[\`<${d.tagName}>\`](#${d.tagName})`).join(', ')}.`,
  '',
  '## Common attributes',
  '',
  `Every widget (${widgets.map((d) => `\`<${d.tagName}>\``).join(', ')}) takes these:`,
  '',
  table(['attribute (property)', 'type', 'meaning'], commonRows),
  '',
  '## Theme properties',
  '',
  'Every widget reads these `--kpi-*` custom properties besides its own (listed with each element). "Dark" is the value under `theme="dark"`. See [theming](theming.md).',
  '',
  table(['property', 'default'], await themeProperties()),
  '',
  ...(await Promise.all(elements.map(section))),
].join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');

if (process.argv.includes('--write')) {
  await writeFile(OUT, generated);
  console.log(`${OUT} written for ${elements.length} elements`);
} else {
  const current = await readFile(OUT, 'utf8').catch(() => '');
  const same = current === generated;
  console.log(same ? `${OUT} matches custom-elements.json` : `${OUT} is out of date: run \`npm run build && npm run docs\``);
  console.log(`${same ? 1 : 0} passed, ${same ? 0 : 1} failed`);
  process.exit(same ? 0 : 1);
}
