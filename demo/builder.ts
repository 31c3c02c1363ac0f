/**
 * The snippet builder: an intranet editor picks a widget and a KPI, fills in
 * a form that explains every field, sees a live preview and copies a
 * paste-ready snippet. The form is drawn from the field list below, so a field
 * is described once. Nothing the editor types is ever parsed as HTML: the
 * preview is built with createElement and setAttribute, and the snippet text
 * escapes every attribute value.
 */
import '../src/index.js';
import { KPI_CATALOGUE, type KpiDefinition } from '../src/core/catalogue.js';
import type { RecordKind } from '../src/core/types.js';
import type { DataQuality } from '../src/core/quality.js';
import { TEXT, type TextKey, type UiLang } from './builder.strings.js';
import { elementSnippet, scriptSnippet, type SnippetAttribute } from './snippet.js';

const TAGS = ['kpi-card', 'goal-progress', 'kpi-funnel', 'trend-chart'] as const;
type Tag = (typeof TAGS)[number];
type Step = 'what' | 'when' | 'look' | 'extra';

interface Field {
  /** The control's id (a radio group's name), and the attribute unless `attribute` says otherwise. */
  id: string;
  kind: 'text' | 'date' | 'select' | 'radios' | 'checkbox' | 'kpi' | 'period';
  step: Step;
  tags: readonly Tag[];
  attribute?: string;
  /** Values of a select or radio group; their words are `<id>.<value>` (or `describe`). */
  options?: readonly string[];
  describe?: (value: string) => string;
  /** Example values, explained by `<id>.ex.<n>`. */
  examples?: readonly string[];
  placeholder?: string;
  required?: readonly Tag[];
  /** Kept when the editor switches widget (the data, the language, the look); other fields are each widget's own. */
  shared?: boolean;
  /** Shown, and written into the snippet, only while this holds. */
  when?: () => boolean;
  /** The value as the snippet writes it. */
  toAttribute?: (value: string) => string;
}

const ALL = TAGS;
const MEASURED: readonly Tag[] = ['kpi-card', 'goal-progress', 'trend-chart'];
const PERIODS = ['this-month', 'last-month', 'this-quarter', 'last-quarter', 'this-year', 'ytd', 'last-year', 'rolling-30d', 'rolling-12m', 'custom'];
const CURRENCIES = ['', 'NOK', 'SEK', 'DKK', 'EUR', 'USD', 'GBP'];
const LOCALES = ['', 'nb-NO', 'nn-NO', 'sv-SE', 'da-DK', 'nl-NL', 'en-GB', 'en-US'];
/** KPIs that need more than attributes can say (a stage to report) stay out of the list. */
const HIDDEN_KPIS = new Set(['stage-share']);

const FIELDS: readonly Field[] = [
  { id: 'kpi', kind: 'kpi', step: 'what', tags: MEASURED, shared: true },
  { id: 'label', kind: 'text', step: 'what', tags: ALL },
  { id: 'src', kind: 'text', step: 'what', tags: ALL, placeholder: 'https://…/sales.json', shared: true, toAttribute: fullAddress },
  { id: 'stage-order', kind: 'text', step: 'what', tags: ['kpi-funnel'], required: ['kpi-funnel'] },
  { id: 'period', kind: 'period', step: 'when', tags: ALL, options: PERIODS,
    examples: ['2026-Q1', '2026-03', '2026-W12', '2026-01-01/2026-03-31', 'rolling-30d'] },
  { id: 'compare', kind: 'radios', step: 'when', tags: ['kpi-card', 'trend-chart'], options: ['previous-period', 'previous-year', 'none'] },
  { id: 'target', kind: 'text', step: 'when', tags: MEASURED, required: ['goal-progress'] },
  { id: 'start', kind: 'date', step: 'when', tags: ['goal-progress'] },
  { id: 'end', kind: 'date', step: 'when', tags: ['goal-progress'] },
  { id: 'pace', kind: 'radios', step: 'when', tags: ['goal-progress'], options: ['', 'working'] },
  { id: 'granularity', kind: 'select', step: 'when', tags: ['trend-chart'], options: ['day', 'week', 'month', 'quarter', 'year'] },
  { id: 'cumulative', kind: 'checkbox', step: 'when', tags: ['trend-chart'] },
  { id: 'format', kind: 'select', step: 'look', tags: MEASURED, options: ['', 'number', 'currency', 'percent', 'compact', 'days'] },
  { id: 'currency', kind: 'select', step: 'look', tags: ALL, options: CURRENCIES, describe: currencyName, shared: true, when: showsMoney },
  { id: 'locale', kind: 'select', step: 'look', tags: ALL, options: LOCALES, describe: localeName, shared: true },
  { id: 'type', kind: 'select', step: 'look', tags: ['trend-chart'], options: ['', 'bar', 'area'] },
  { id: 'variant', kind: 'select', step: 'look', tags: ['goal-progress'], options: ['', 'ring'] },
  { id: 'sparkline', kind: 'checkbox', step: 'look', tags: ['kpi-card'] },
  { id: 'theme', kind: 'select', step: 'look', tags: ALL, options: ['', 'dark', 'auto'], shared: true },
  { id: 'filter', kind: 'text', step: 'extra', tags: ALL, shared: true,
    examples: ['owner=Anna Berg', 'source=web', 'owner=Anna Berg;source=web'] },
  { id: 'fields', kind: 'text', step: 'extra', tags: ALL, shared: true },
  { id: 'href', kind: 'text', step: 'extra', tags: ['kpi-card'], placeholder: 'https://crm.example.com/reports/revenue' },
  { id: 'date-order', kind: 'select', step: 'extra', tags: ALL, options: ['', 'dmy', 'mdy', 'ymd'] },
  { id: 'won', kind: 'text', step: 'extra', tags: ALL, placeholder: 'Ganada, Closed - Won by partner' },
  { id: 'lost', kind: 'text', step: 'extra', tags: ALL, placeholder: 'Perdida, Closed - Lost to competitor' },
  { id: 'probabilities', kind: 'text', step: 'extra', tags: MEASURED, placeholder: 'Prospecting:10,Proposal:50' },
  { id: 'hide-data-note', kind: 'checkbox', step: 'extra', tags: ALL },
];

/** The order attributes appear in a snippet: what it is first, how it looks last. */
const ORDER = ['label', 'src', 'kpi', 'fields', 'stage-order', 'period', 'compare', 'target', 'start', 'end', 'pace',
  'granularity', 'cumulative', 'type', 'variant', 'format', 'currency', 'locale', 'theme', 'filter', 'sparkline', 'href',
  'date-order', 'won', 'lost', 'probabilities', 'hide-data-note'];

/** A field's value until the editor changes it, per widget. */
function defaultValue(id: string, tag: Tag): string {
  switch (id) {
    case 'kpi':
      return 'revenue';
    case 'src':
      return '/data/sales.json';
    case 'stage-order':
      return 'Prospecting,Engaging,Proposal,Won';
    case 'period':
      return tag === 'trend-chart' ? 'rolling-12m' : tag === 'kpi-funnel' ? 'this-year' : 'this-month';
    case 'compare':
      return tag === 'trend-chart' ? 'previous-year' : 'previous-period';
    case 'target':
      return tag === 'goal-progress' ? '1500000' : '';
    case 'granularity':
      return 'month';
    case 'currency':
      return 'NOK';
    default:
      return '';
  }
}

// ---- state ---------------------------------------------------------------------

let lang: UiLang = new URLSearchParams(location.search).get('lang') === 'nb' ? 'nb' : 'en';
let tag: Tag = 'kpi-card';
/**
 * What the editor typed or chose; fields not in here show their default. Shared
 * fields once, the others per widget: a goal's target never reappears as a
 * chart's target line.
 */
const sharedEdits = new Map<string, string>();
const ownEdits = new Map<Tag, Map<string, string>>();

function edits(field: Field): Map<string, string> {
  if (field.shared) return sharedEdits;
  if (!ownEdits.has(tag)) ownEdits.set(tag, new Map());
  return ownEdits.get(tag)!;
}

const form = document.getElementById('builder') as HTMLFormElement;
const preview = document.getElementById('preview')!;
const snippetOut = document.getElementById('snippet')!;
const scriptOut = document.getElementById('script-line')!;
const scriptUrl = document.getElementById('script-url') as HTMLInputElement;

/** The parts of a drawn field that change with the widget. */
interface Drawn {
  field: Field;
  wrapper: HTMLElement;
  label: HTMLElement;
  hint: HTMLElement;
  error?: HTMLElement;
  read(): string;
  write(value: string): void;
}
let drawn: Drawn[] = [];
let elementRadios: HTMLInputElement[] = [];

function text(key: string, params: Record<string, string> = {}): string {
  const table = TEXT[lang] as Record<string, string>;
  const raw = table[key] ?? (TEXT.en as Record<string, string>)[key] ?? key;
  return raw.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}

function has(key: string): boolean {
  return key in TEXT[lang] || key in TEXT.en;
}

/** `<id>.<part>.<tag>` when the widget words it differently, else `<id>.<part>`. */
function fieldText(id: string, part: 'label' | 'hint'): string {
  const specific = `${id}.${part}.${tag}`;
  return text(has(specific) ? specific : `${id}.${part}`);
}

function valueOf(id: string): string {
  const field = FIELDS.find((f) => f.id === id);
  return (field && edits(field).get(id)) ?? defaultValue(id, tag);
}

/** Whether the chosen widget has this field now. */
function shows(field: Field): boolean {
  return field.tags.includes(tag) && (field.when?.() ?? true);
}

/** A funnel can weigh its stages in money; another widget shows money when its format, or else its KPI's, is currency. */
function showsMoney(): boolean {
  if (tag === 'kpi-funnel') return true;
  const format = valueOf('format') || KPI_CATALOGUE.find((k) => k.id === valueOf('kpi'))?.format;
  return format === 'currency';
}

/** The full URL of a data address typed relative to this page, so the snippet works on whatever page it is pasted into. */
function fullAddress(value: string): string {
  try {
    return new URL(value, location.href).href;
  } catch {
    return value;
  }
}

function currencyName(code: string): string {
  if (!code) return text('currency.');
  try {
    return `${code} — ${new Intl.DisplayNames([lang], { type: 'currency' }).of(code)}`;
  } catch {
    return code;
  }
}

/** A language in the page's language, as Intl names it ("norsk nynorsk (Norge)"), and its tag. */
function localeName(tagName: string): string {
  if (!tagName) return text('locale.');
  try {
    return `${new Intl.DisplayNames([lang], { type: 'language' }).of(tagName) ?? tagName} — ${tagName}`;
  } catch {
    return tagName;
  }
}

function kpiName(kpi: KpiDefinition): string {
  return kpi.names[lang];
}

// ---- drawing the form -------------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(name: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(name), props);
  node.append(...children);
  return node;
}

function hintFor(id: string): HTMLElement {
  return el('p', { className: 'hint', id: `${id}-hint` });
}

function examplesList(field: Field, input: HTMLInputElement): HTMLElement {
  const list = el('ul', { className: 'examples' });
  (field.examples ?? []).forEach((example, i) => {
    const key = field.kind === 'period' ? `period-custom.ex.${i}` : `${field.id}.ex.${i}`;
    // Clicking an example fills it in: quicker than typing, and shows what the format means.
    const code = el('code', {}, example);
    const use = el('button', { type: 'button', className: 'example' }, code);
    use.setAttribute('aria-label', `${example}: ${text(key)}`);
    use.addEventListener('click', () => {
      input.value = example;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.focus();
    });
    list.append(el('li', {}, use, ` — ${text(key)}`));
  });
  list.id = `${input.id}-examples`;
  return list;
}

function drawField(field: Field): Drawn {
  const { id } = field;
  const hint = hintFor(id);
  switch (field.kind) {
    case 'radios': {
      const legend = el('legend');
      const group = el('div', { className: 'choices' });
      const radios = (field.options ?? []).map((value) => {
        const radio = el('input', { type: 'radio', name: id, value });
        radio.setAttribute('aria-describedby', hint.id);
        group.append(el('label', {}, radio, ' ', text(`${id}.${value}`)));
        return radio;
      });
      const wrapper = el('fieldset', { className: 'field' }, legend, hint, group);
      return {
        field, wrapper, label: legend, hint,
        read: () => radios.find((r) => r.checked)?.value ?? '',
        write: (value) => radios.forEach((r) => (r.checked = r.value === value)),
      };
    }
    case 'checkbox': {
      const box = el('input', { type: 'checkbox', id });
      box.setAttribute('aria-describedby', hint.id);
      const label = el('span');
      const wrapper = el('div', { className: 'field checkbox' }, el('label', {}, box, ' ', label), hint);
      return { field, wrapper, label, hint, read: () => (box.checked ? 'true' : ''), write: (v) => (box.checked = v === 'true') };
    }
    case 'select':
    case 'kpi':
    case 'period': {
      const select = el('select', { id });
      select.setAttribute('aria-describedby', hint.id);
      if (field.kind === 'kpi') fillKpis(select);
      else for (const value of field.options ?? []) select.append(el('option', { value }, field.describe ? field.describe(value) : text(`${id}.${value}`)));
      const label = el('label', { htmlFor: id });
      const wrapper = el('div', { className: 'field' }, label, hint, select);
      if (field.kind !== 'period') {
        return { field, wrapper, label, hint, read: () => select.value, write: (v) => (select.value = v) };
      }
      // A period is a preset, or "something else" written in the box under it.
      const custom = el('input', { type: 'text', id: 'period-custom', spellcheck: false, autocomplete: 'off' });
      const customHint = el('p', { className: 'hint', id: 'period-custom-hint' }, text('period-custom.hint'));
      const examples = examplesList(field, custom);
      custom.setAttribute('aria-describedby', `${customHint.id} ${examples.id}`);
      const customBox = el('div', { className: 'field nested' },
        el('label', { htmlFor: custom.id }, text('period-custom.label')), customHint, custom, examples);
      const showCustom = () => (customBox.hidden = select.value !== 'custom');
      select.addEventListener('change', showCustom);
      wrapper.append(customBox);
      return {
        field, wrapper, label, hint,
        read: () => (select.value === 'custom' ? custom.value.trim() : select.value),
        write: (v) => {
          const preset = PERIODS.includes(v) && v !== 'custom';
          select.value = preset ? v : 'custom';
          if (!preset) custom.value = v;
          showCustom();
        },
      };
    }
    default: {
      const input = el('input', { type: field.kind === 'date' ? 'date' : 'text', id, autocomplete: 'off' });
      if (field.kind === 'text') input.spellcheck = id === 'label';
      if (field.placeholder) input.placeholder = field.placeholder;
      const label = el('label', { htmlFor: id });
      const error = el('p', { className: 'field-error', id: `${id}-error` });
      const described = [hint.id];
      const wrapper = el('div', { className: 'field' }, label, hint);
      if (field.examples) {
        const examples = examplesList(field, input);
        described.push(examples.id);
        wrapper.append(examples);
      }
      wrapper.append(input, error);
      described.push(error.id);
      input.setAttribute('aria-describedby', described.join(' '));
      return { field, wrapper, label, hint, error, read: () => input.value, write: (v) => (input.value = v) };
    }
  }
}

function fillKpis(select: HTMLSelectElement): void {
  const groups = new Map<RecordKind, HTMLOptGroupElement>();
  for (const kpi of KPI_CATALOGUE) {
    if (HIDDEN_KPIS.has(kpi.id)) continue;
    let group = groups.get(kpi.source);
    if (!group) {
      group = el('optgroup', { label: text(`kpi.group.${kpi.source}`) });
      groups.set(kpi.source, group);
    }
    group.append(el('option', { value: kpi.id }, kpiName(kpi)));
  }
  // Deals first: the KPIs most pages show.
  const order: RecordKind[] = ['deals', 'leads', 'activities', 'customers', 'costs'];
  for (const kind of order) if (groups.has(kind)) select.append(groups.get(kind)!);
}

function drawElementChoice(): HTMLElement {
  // The step's heading already says it; the legend names the radio group for screen readers.
  const legend = el('legend', { className: 'visually-hidden' }, text('element.legend'));
  const list = el('div', { className: 'element-choices' });
  elementRadios = TAGS.map((name) => {
    const radio = el('input', { type: 'radio', name: 'element', value: name, checked: name === tag });
    const hint = el('span', { className: 'hint', id: `element-${name}-hint` }, text(`element.${name}.hint`));
    radio.setAttribute('aria-describedby', hint.id);
    list.append(el('div', { className: 'element-choice' }, el('label', {}, radio, ' ', el('strong', {}, text(`element.${name}`))), hint));
    return radio;
  });
  return el('fieldset', { className: 'plain' }, legend, list);
}

const STEPS: readonly Step[] = ['what', 'when', 'look', 'extra'];

/** Draws the whole form in the current language, keeping what the editor entered. */
function drawForm(): void {
  const heading = form.querySelector('h2')!;
  drawn = FIELDS.map(drawField);
  const sections: HTMLElement[] = [];
  const stepHeading = (n: number, key: TextKey, id: string) =>
    el('h2', { id }, el('span', { className: 'step-number' }, String(n)), text(key));
  sections.push(el('section', { className: 'panel' }, stepHeading(1, 'step.widget', 'step-widget'), drawElementChoice()));
  STEPS.forEach((step, i) => {
    const id = `step-${step}`;
    const section = el('section', { className: 'panel' }, stepHeading(i + 2, `step.${step}` as TextKey, id));
    section.setAttribute('aria-labelledby', id);
    if (step === 'extra') section.append(el('p', { className: 'hint step-hint' }, text('step.extra.hint')));
    for (const d of drawn) if (d.field.step === step) section.append(d.wrapper);
    sections.push(section);
  });
  sections[0].setAttribute('aria-labelledby', 'step-widget');
  form.replaceChildren(heading, ...sections);
  showValues();
}

/** Fills every field with the chosen widget's values. */
function showValues(): void {
  for (const d of drawn) d.write(valueOf(d.field.id));
  refresh();
}

/** Shows the fields the chosen widget has, in its words, with the defaults of untouched fields. */
function refresh(): void {
  for (const d of drawn) {
    const { field } = d;
    d.wrapper.hidden = !shows(field);
    d.label.textContent = fieldText(field.id, 'label');
    d.hint.textContent = hintText(field);
    const required = field.required?.includes(tag) ?? false;
    const control = d.wrapper.querySelector<HTMLInputElement>(`#${CSS.escape(field.id)}`);
    if (control) control.required = required;
    if (d.error) {
      const missing = required && !d.wrapper.hidden && d.read().trim() === '';
      d.error.textContent = missing ? text(`${field.id}.missing`) : '';
      control?.setAttribute('aria-invalid', String(missing));
    }
  }
}

function hintText(field: Field): string {
  if (field.kind !== 'kpi') return fieldText(field.id, 'hint');
  const kpi = KPI_CATALOGUE.find((k) => k.id === valueOf('kpi'));
  return kpi ? text('kpi.hint', { direction: text(`direction.${kpi.direction}`), id: `kpi="${kpi.id}"` }) : '';
}

// ---- output ---------------------------------------------------------------------------

/** The attributes the snippet and the preview carry: the chosen widget's non-empty fields. */
function attributes(): SnippetAttribute[] {
  const out: SnippetAttribute[] = [];
  for (const field of FIELDS) {
    if (!shows(field)) continue;
    const value = valueOf(field.id).trim();
    if (value === '') continue;
    out.push([field.attribute ?? field.id, field.kind === 'checkbox' ? true : field.toAttribute?.(value) ?? value]);
  }
  return out.sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b));
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;

function update(options: { now?: boolean } = {}): void {
  const attrs = attributes();
  snippetOut.textContent = elementSnippet(tag, attrs, 64);
  scriptOut.textContent = scriptSnippet(scriptUrl.value);
  clearTimeout(previewTimer);
  // Typing a data address letter by letter would fetch every half-typed address; wait for a pause.
  if (options.now) renderPreview(attrs);
  else previewTimer = setTimeout(() => renderPreview(attrs), 250);
}

/** The real element, made with createElement and setAttribute: what the editor typed is never parsed as HTML. */
function renderPreview(attrs: readonly SnippetAttribute[]): void {
  let widget = preview.firstElementChild;
  if (!widget || widget.localName !== tag) {
    widget = document.createElement(tag);
    preview.replaceChildren(widget);
  }
  const wanted = new Map(attrs.map(([name, value]) => [name, value === true ? '' : value]));
  // Only the attributes the form sets: the widget keeps its own (data-kpi-theme carries its theme).
  for (const name of widget.getAttributeNames()) if (ORDER.includes(name) && !wanted.has(name)) widget.removeAttribute(name);
  for (const [name, value] of wanted) if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
}

async function copy(content: string, source: HTMLElement, status: HTMLElement, done: TextKey): Promise<void> {
  let ok = false;
  try {
    await navigator.clipboard.writeText(content);
    ok = true;
  } catch {
    // No clipboard permission (an old browser, an iframe): select the text so Ctrl+C does it.
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
  }
  // Cleared first so that copying twice is announced twice.
  status.textContent = '';
  await new Promise((resolve) => setTimeout(resolve, 50));
  status.textContent = text(ok ? done : 'copyFailed');
  status.classList.toggle('copied', ok);
}

function applyLanguage(): void {
  document.documentElement.lang = lang;
  document.title = text('pageTitle');
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) node.textContent = text(node.dataset.text!);
  for (const node of document.querySelectorAll<HTMLElement>('[data-aria-label]')) node.setAttribute('aria-label', text(node.dataset.ariaLabel!));
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  for (const node of document.querySelectorAll<HTMLElement>('[data-language-name]')) node.textContent = names.of(node.dataset.languageName!) ?? node.dataset.languageName!;
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="ui-lang"]')) radio.checked = radio.value === lang;
  document.getElementById('copy-status')!.textContent = '';
  document.getElementById('copy-script-status')!.textContent = '';
}

// ---- events -------------------------------------------------------------------------------

form.addEventListener('input', onEdit);
form.addEventListener('change', onEdit);

function onEdit(event: Event): void {
  const target = event.target as HTMLInputElement;
  if (target.name === 'element') {
    if (event.type !== 'change' || !target.checked) return;
    tag = target.value as Tag;
    showValues();
    update({ now: true });
    return;
  }
  const d = drawn.find((x) => x.wrapper.contains(target));
  if (!d) return;
  edits(d.field).set(d.field.id, d.read());
  refresh();
  update({ now: event.type === 'change' && target.type !== 'text' });
}

scriptUrl.addEventListener('input', () => update());

// What the preview's widget read: the same facts as its data note, so an editor sees them before copying.
const dataLine = document.getElementById('preview-data')!;
preview.addEventListener('kpi-load', (event) => {
  const quality = (event as CustomEvent<{ quality?: DataQuality }>).detail.quality;
  dataLine.textContent = quality
    ? text(quality.rowsRead > quality.rowsUsed ? 'dataLeftOut' : 'dataAll',
      { read: String(quality.rowsRead), out: String(quality.rowsRead - quality.rowsUsed) })
    : '';
});
preview.addEventListener('kpi-error', () => void (dataLine.textContent = ''));

document.getElementById('copy')!.addEventListener('click', () =>
  copy(snippetOut.textContent ?? '', snippetOut, document.getElementById('copy-status')!, 'copied'));
document.getElementById('copy-script')!.addEventListener('click', () =>
  copy(scriptOut.textContent ?? '', scriptOut, document.getElementById('copy-script-status')!, 'copiedScript'));

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="ui-lang"]')) {
  radio.addEventListener('change', () => {
    if (!radio.checked) return;
    lang = radio.value === 'nb' ? 'nb' : 'en';
    const url = new URL(location.href);
    if (lang === 'en') url.searchParams.delete('lang');
    else url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
    applyLanguage();
    drawForm();
    update({ now: true });
  });
}

applyLanguage();
drawForm();
update({ now: true });
