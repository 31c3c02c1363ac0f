import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { compareValues } from '../../core/compare.js';
import { formatDelta, formatValue } from '../../core/format.js';
import type { FunnelStageInput } from '../../core/funnel.js';
import type { FormatKind } from '../../core/types.js';
import { KpiElement } from '../shared/kpi-element.js';
import { DataController } from '../shared/data-controller.js';
import { FORMATS, readNumber, readOption } from '../shared/attributes.js';
import { t } from '../shared/i18n.js';
import { isFunnelHost, toStageInput } from '../kpi-funnel/kpi-funnel.stages.js';
import { stageStyles } from './funnel-stage.styles.js';

const arrows = { up: '▲', down: '▼', flat: '▶' } as const;

/**
 * @tag funnel-stage
 * @summary One funnel stage. Inside a `<kpi-funnel>` it is data only and renders nothing;
 * on its own it is a small card with its label, value and the change against `previous`.
 *
 * @csspart base - The card (only when the stage stands alone).
 * @csspart label - The stage name.
 * @csspart value - The formatted count.
 * @csspart delta - The change against `previous`: arrow, signed numbers and words.
 *
 * @event {CustomEvent<{ value: number | null }>} kpi-load - Standing alone, after each resolve. `detail`: `{ value }`, the stage's value.
 * @event {CustomEvent<KpiErrorDetail>} kpi-error - Standing alone: a bad attribute; inside a funnel the funnel reports it. `detail` (KpiErrorDetail): `{ code, message }` and, where they apply, `attribute`, `value`, `status`, `url`.
 */
export class FunnelStage extends KpiElement {
  static override styles = [...KpiElement.styles, stageStyles];

  static override properties: PropertyDeclarations = {
    value: {},
    previous: {},
    probability: {},
    avgDays: { attribute: 'avg-days' },
    amount: {},
  };

  /** How many leads or deals reached this stage. */
  value?: string | number;
  /** The value in the previous period, for the delta of a lone stage. */
  previous?: string | number;
  /** Win probability 0..1 (or "40 %"), for the weighted value. */
  probability?: string | number;
  /** Average days spent in the stage. */
  avgDays?: string | number;
  /** Money in the stage, for the weighted value. */
  amount?: string | number;

  /** The marker a funnel finds its stages by (see StageSource). */
  get isFunnelStage(): true {
    return true;
  }

  private get inFunnel(): boolean {
    return isFunnelHost(this.parentElement);
  }

  /** This stage as the funnel computes with it; throws an AttributeError for a bad attribute. */
  stageInput(): FunnelStageInput {
    return toStageInput(this, (field) => (field === 'avgDays' ? 'avg-days' : field));
  }

  private readonly data = new DataController(this, {
    args: () => [this.inFunnel, this.value, this.previous, this.probability, this.avgDays, this.amount, this.format] as const,
    task: ([inFunnel]) =>
      inFunnel
        ? null
        : {
            stage: this.stageInput(),
            previous: readNumber('previous', this.previous),
            format: readOption('format', this.format, FORMATS, 'number') as FormatKind,
          },
    onComplete: (result) => result && this.emitLoad(result.stage.value),
    onError: (error) => !this.inFunnel && this.reportError(error),
  });

  private notified?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved into or out of a funnel: whether to draw a card depends on the new parent.
    this.requestUpdate();
    this.notified = undefined;
    this.notifyFunnel();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.notifyFunnel();
  }

  /**
   * Property changes do not show up in the funnel's MutationObserver, so the
   * stage tells it; only when its data changed, so a re-render is not news.
   */
  private notifyFunnel(): void {
    if (!this.inFunnel) return;
    const data = JSON.stringify([this.label, this.value, this.probability, this.avgDays, this.amount]);
    if (data === this.notified) return;
    this.notified = data;
    this.dispatchEvent(new Event('funnel-stage-change', { bubbles: true }));
  }

  protected override render() {
    if (this.inFunnel) return nothing;
    const { status, error, value } = this.data;
    if (status === 'complete' && !value) return nothing;
    return this.renderFrame(status, error, () => this.renderCard(value!.stage.value, value!.previous, value!.format));
  }

  private renderCard(current: number, previous: number | undefined, format: FormatKind) {
    const lang = this.uiLang;
    const options = { format, locale: this.resolvedLocale, currency: this.setting('currency') };
    const delta = compareValues(current, previous, { direction: 'up' });
    return html`<span part="value">${formatValue(current, options)}</span>
      ${previous === undefined
        ? nothing
        : html`<span part="delta" class=${delta?.sentiment ?? 'neutral'}>
            ${delta
              ? html`<span aria-hidden="true">${arrows[delta.trend]}</span>
                  ${formatDelta(delta, { ...options, part: 'absolute' })} (${formatDelta(delta, { ...options, part: 'relative' })})
                  <span class="visually-hidden">${t(lang, `trend.${delta.trend}`)}, ${t(lang, `sentiment.${delta.sentiment}`)}</span>`
              : formatValue(null, options)}
            ${t(lang, 'compare.previous')}
          </span>`}`;
  }
}
