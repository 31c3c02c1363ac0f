import { html, nothing, type PropertyDeclarations, type ReactiveElement } from 'lit';
import { analyzeFunnel, type FunnelAnalysis, type FunnelStageInput } from '../../core/funnel.js';
import { formatValue } from '../../core/format.js';
import { KpiElement } from '../shared/kpi-element.js';
import { cssProps } from '../shared/css-props.js';
import { DataController } from '../shared/data-controller.js';
import { RefreshController } from '../shared/refresh-controller.js';
import { readJson, readScriptJson } from '../shared/attributes.js';
import { ParsersLoading } from '../shared/parsers.js';
import { funnelText } from './kpi-funnel.strings.js';
import { isStageSource, parseStages, StageProblem, type StageSource } from './kpi-funnel.stages.js';
import { funnelStyles } from './kpi-funnel.styles.js';
import type { FetchedFunnel } from './kpi-funnel.source.js';

/** The `detail` of `kpi-stage-select`. */
export interface StageSelectDetail {
  index: number;
  label: string;
  value: number;
}

/**
 * @tag kpi-funnel
 * @summary A sales funnel: bars in proportion to the first stage, step and overall conversion,
 * drop-off, the bottleneck, average days and weighted value. Stages come from `<funnel-stage>`
 * children, the `stages` JSON attribute, a JSON script child, or `src` records with `stage-order`.
 *
 * @slot - `<funnel-stage>` elements or one `<script type="application/json">`: data only, never shown.
 *
 * @csspart base - The frame around the widget.
 * @csspart label - The title.
 * @csspart list - The list (`<ol>`) of stages.
 * @csspart stage - One stage: a button, in the tab order one at a time (arrow keys move).
 * @csspart bar - The stage's bar; its width is value / first stage.
 * @csspart conversion - Conversion from the previous stage.
 * @csspart drop-off - How many dropped off since the previous stage, and their share.
 * @csspart bottleneck - The word marking the stage with the lowest conversion (with three stages or more: one step has nothing to compare with).
 * @csspart days - Average days in the stage.
 * @csspart weighted - Weighted value of a stage (amount × probability).
 * @csspart summary - The overall conversion line, and the weighted pipeline line.
 * @csspart weighted-total - The weighted pipeline line.
 * @csspart stale - With `refresh`, while the source fails: "Showing data from 3 minutes ago: the data source is not answering."
 *
 * @cssproperty --kpi-funnel-bar - Bar colour (default: the accent).
 * @cssproperty --kpi-funnel-bottleneck - Bar colour of the bottleneck stage (default: the bad colour).
 *
 * @csspart note - With records whose rows were left out or read doubtfully: the data note ("3 of 500 rows left out"), a <details> listing row, column, value and why.
 * @event {CustomEvent<{ value: number | null; quality?: DataQuality }>} kpi-load - After each resolve. `detail`: `{ value }`, the first stage's count (null without stages). With records, `detail.quality`: rows read, rows used, the issues (row, field, value, code) and a count per code.
 * @event {CustomEvent<KpiErrorDetail>} kpi-error - A bad stage, bad JSON or a failing `src`; the message is shown in the widget. `detail` (KpiErrorDetail): `{ code, message }` and, where they apply, `attribute`, `value`, `status`, `url`.
 * @event {CustomEvent<StageSelectDetail>} kpi-stage-select - A stage was clicked or chosen with Enter / Space.
 *   `detail`: `{ index, label, value }`, the stage's 0-based position, its label and its count.
 */
export class KpiFunnel extends KpiElement {
  static override styles = [...KpiElement.styles, funnelStyles];

  static override properties: PropertyDeclarations = {
    stages: {},
    stageOrder: { attribute: 'stage-order' },
    // Internal state. `attribute: false` says so to the manifest's analyzer as well, which reads only that.
    revision: { state: true, attribute: false },
    focusIndex: { state: true, attribute: false },
  };

  /** The stages as JSON (`[{"label":"Leads","value":1200}]`), or that array as a property. Assign a new array to update. */
  stages?: string | readonly FunnelStageInput[];
  /** With `src` records: the stage names top to bottom, `Prospecting,Engaging,Won`. */
  stageOrder?: string;

  /** Bumped when stage children or the JSON script change. */
  private revision = 0;
  private focusIndex = 0;

  /** The marker a `<funnel-stage>` knows its funnel parent by, whatever the tag name. */
  get isKpiFunnel(): true {
    return true;
  }

  private readonly observer = new MutationObserver(() => this.revision++);

  private readonly data = new DataController(this, {
    args: () => [this.src, this.setting('src'), this.select, this.stageOrder, this.setting('fields'), this.setting('filter'),
      this.setting('period'), this.today, this.credentials, this.timeout, this.maxSize, this.stages, this.revision,
      ...Object.values(this.recordSettings())] as const,
    task: (_args, { signal }) => this.load(signal),
    onComplete: (analysis) => this.emitLoad(analysis.stages[0]?.value ?? null, { report: analysis.report }),
    onError: (error) => this.reportError(error),
  });

  private readonly refresher = new RefreshController(this, {
    src: () => this.src || (this.hasInlineStages() ? undefined : this.setting('src')),
    seconds: () => this.refresh,
    credentials: () => this.credentials,
    onChange: () => void this.data.rerun(),
    onError: (error) => this.reportError(error),
  });

  constructor() {
    super();
    this.addEventListener('funnel-stage-change', (event) => {
      event.stopPropagation();
      this.revision++;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    // Stages may have upgraded before this funnel and think they stand alone.
    for (const child of this.children) if (isStageSource(child)) (child as unknown as ReactiveElement).requestUpdate();
    if (this.hasUpdated) this.revision++; // mutations while detached went unobserved
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  /** Inline stages win over an inherited `src`; an own `src` wins over both. */
  private load(signal: AbortSignal): FetchedFunnel | Promise<FetchedFunnel> {
    const inline = this.src ? undefined : this.inlineStages();
    const src = this.src || (inline ? undefined : this.setting('src'));
    if (!src) return analyzeFunnel(inline ?? []);
    return import('./kpi-funnel.source.js')
      .then(({ fetchStages }) => fetchStages({
        src, select: this.select, stageOrder: this.stageOrder, fields: this.setting('fields'), filter: this.setting('filter'),
        period: this.setting('period'), today: this.today, credentials: this.credentials, timeout: this.timeout, maxSize: this.maxSize, signal,
        ...this.recordSettings(),
      }));
  }

  /** Whether stages are given inline, without reading (and so without failing on) them. */
  private hasInlineStages(): boolean {
    return (this.stages !== undefined && this.stages !== null && this.stages !== '') ||
      [...this.children].some((child) => isStageSource(child) || child.matches('script[type="application/json"]'));
  }

  private inlineStages(): FunnelStageInput[] | undefined {
    if (this.stages !== undefined && this.stages !== null && this.stages !== '') {
      return parseStages(readJson('stages', this.stages), 'stages');
    }
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return parseStages(readScriptJson(script.textContent), 'script');
    const children = [...this.children].filter((child): child is Element & StageSource => isStageSource(child));
    return children.length ? children.map((child, i) => {
      try {
        return child.stageInput();
      } catch (problem) {
        // Not a problem: the full number readers are loading, and the task runs again once they are here.
        if (problem instanceof ParsersLoading) throw problem;
        // Which of the stages is wrong: "Stage “Qualified”: The value “abc” is not a number."
        const { label } = child as unknown as { label?: unknown };
        throw new StageProblem(problem, typeof label === 'string' ? label.trim() : '', i + 1);
      }
    }) : undefined;
  }

  private choose(index: number): void {
    const stage = this.data.value?.stages[index];
    if (!stage) return;
    this.focusIndex = index;
    this.emit<StageSelectDetail>('kpi-stage-select', { index, label: stage.label, value: stage.value });
  }

  /** Roving focus: one stage is in the tab order, the arrow keys move between them. */
  private async onKeydown(event: KeyboardEvent): Promise<void> {
    const count = this.data.value?.stages.length ?? 0;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: -count, End: count };
    if (!(event.key in moves) || count === 0) return;
    event.preventDefault();
    this.focusIndex = Math.min(count - 1, Math.max(0, this.focusIndex + moves[event.key]));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.focusIndex}"]`)?.focus();
  }

  protected override render() {
    const { status, error, value } = this.data;
    const empty = !value || value.stages.every((stage) => stage.value === 0);
    // Nothing to read at all (no stages, no src): say what to add, not "no data for this period".
    const unset = !this.src && !this.setting('src') && !this.hasInlineStages();
    return this.renderFrame(status, error, () => this.renderFunnel(value!), {
      empty,
      emptyText: unset ? funnelText(this.uiLang, 'noStages') : undefined,
      report: value?.report,
    });
  }

  private renderFunnel(analysis: FunnelAnalysis) {
    const lang = this.uiLang;
    const locale = this.resolvedLocale;
    const currency = this.setting('currency');
    const percent = (ratio: number | null) => formatValue(ratio, { format: 'percent', locale, digits: 1 });
    const count = (n: number | null) => formatValue(n, { format: 'number', locale });
    const money = (n: number | null) => formatValue(n, { format: currency ? 'currency' : 'number', locale, currency });
    const { stages } = analysis;
    const labelOf = (i: number) => stages[i].label || String(i + 1);
    const focus = Math.min(this.focusIndex, stages.length - 1);
    return html`<ol part="list" role="list" aria-label=${funnelText(lang, 'stages')} @keydown=${this.onKeydown}>
        ${stages.map((stage, i) => html`<li>
          <button part="stage" type="button" data-index=${i} tabindex=${i === focus ? 0 : -1}
            class=${stage.bottleneck ? 'bottleneck' : ''} @click=${() => this.choose(i)}>
            <span class="head"><span class="name">${labelOf(i)}</span> <span class="count">${count(stage.value)}</span></span>
            <span class="track"><span part="bar" ${cssProps({ width: `${(stage.fromFirst ?? 0) * 100}%` })}></span></span>
            ${i === 0 ? nothing : html`<span class="facts">
              <span part="conversion">${funnelText(lang, 'conversion', { rate: percent(stage.fromPrevious), from: labelOf(i - 1) })}</span>
              <span part="drop-off">${funnelText(lang, 'dropOff', { count: count(stage.dropOff), rate: percent(stage.dropOffRate) })}</span>
            </span>`}
            ${stage.bottleneck ? html`<span part="bottleneck"><span aria-hidden="true">⚠</span>
              ${funnelText(lang, 'bottleneck', { from: labelOf(i - 1), to: labelOf(i) })}</span>` : nothing}
            ${stage.avgDays === undefined ? nothing : html`<span part="days">${funnelText(lang, 'avgDays', {
              days: formatValue(stage.avgDays, { format: 'days', locale }) })}</span>`}
            ${stage.weighted === null ? nothing : html`<span part="weighted">${funnelText(lang, 'weighted', { amount: money(stage.weighted) })}</span>`}
          </button>
        </li>`)}
      </ol>
      ${analysis.overall === null ? nothing : html`<p part="summary">${funnelText(lang, 'overall', {
        last: labelOf(stages.length - 1), first: labelOf(0), rate: percent(analysis.overall) })}</p>`}
      ${analysis.weightedTotal === null ? nothing : html`<p part="summary weighted-total">${funnelText(lang, 'weightedTotal', {
        amount: money(analysis.weightedTotal) })}</p>`}`;
  }
}
