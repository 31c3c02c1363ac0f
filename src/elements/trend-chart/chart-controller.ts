/**
 * Keeps one Chart.js chart on the `<canvas>` in a host's shadow root, clear of
 * Chart.js's shadow-DOM issues: it misses that the canvas is attached
 * (chart.js #10924), does not resize (#5887) and grows but never shrinks
 * (#11005). So the chart is created only after a render, while connected,
 * with `responsive: false`; the host's own ResizeObserver drives resize(); a
 * data change updates the chart in place; disconnecting destroys it.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Chart, ChartData, ChartOptions } from 'chart.js';
import type { Values } from '../../core/series.js';

export interface ChartSetup {
  data: ChartData<'line' | 'bar', Values, string>;
  options: ChartOptions<'line' | 'bar'>;
}

/** What to draw: `key` lists everything the setup depends on, so an unchanged key skips chart.update(). */
export interface ChartPlan {
  key: readonly unknown[];
  setup: () => ChartSetup;
}

let live = 0;

export class ChartController implements ReactiveController {
  /** Charts created and not yet destroyed, page-wide: a test can check that removal left none behind. */
  static get live(): number {
    return live;
  }

  chart: Chart | null = null;
  /** While chart.js loads and the first chart is drawn. */
  pending?: Promise<void>;

  private resizer?: ResizeObserver;
  private drawnKey: readonly unknown[] = [];
  private readonly scheme = matchMedia('(prefers-color-scheme: dark)');
  private readonly motion = matchMedia('(prefers-reduced-motion: reduce)');
  private readonly forced = matchMedia('(forced-colors: active)');
  private readonly onMedia = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveElement,
    private readonly plan: () => ChartPlan | null,
  ) {
    host.addController(this);
  }

  get reducedMotion(): boolean {
    return this.motion.matches;
  }

  hostConnected(): void {
    // A colour-scheme or forced-colours change re-reads the theme colours on the next update.
    for (const query of [this.scheme, this.motion, this.forced]) query.addEventListener('change', this.onMedia);
    if (this.host.hasUpdated) this.host.requestUpdate(); // re-create the chart destroyed on disconnect
  }

  hostDisconnected(): void {
    for (const query of [this.scheme, this.motion, this.forced]) query.removeEventListener('change', this.onMedia);
    this.destroy();
  }

  hostUpdated(): void {
    const canvas = this.canvas();
    if (this.chart && this.chart.canvas !== canvas) this.destroy();
    if (!canvas) return;
    if (this.chart) this.draw(this.chart);
    else this.pending ??= this.create().finally(() => (this.pending = undefined));
  }

  private canvas(): HTMLCanvasElement | null {
    return this.host.renderRoot.querySelector('canvas');
  }

  private async create(): Promise<void> {
    // The only import of chart.js: a page without a chart never loads it.
    const { Chart } = await import('./chart-loader.js');
    const canvas = this.canvas();
    const setup = canvas && this.host.isConnected && !this.chart ? this.next() : null;
    if (!canvas || !setup) return;
    // Without an inline height Chart.js sizes a new canvas to half its width;
    // with one it takes the wrapper's height (the stylesheet fills the wrapper).
    canvas.style.height = '100%';
    // The whole setup at construction: Chart.js binds its own resize handling
    // there unless `responsive` is false.
    const chart = new Chart(canvas, { type: 'line', ...setup });
    this.chart = chart;
    live++;
    // A new size may hold more or fewer ticks: the host's next update asks the plan again (same key: no redraw).
    this.resizer = new ResizeObserver(() => {
      chart.resize();
      this.host.requestUpdate();
    });
    this.resizer.observe(canvas.parentElement as Element);
  }

  /** Updates the one chart in place; new data never re-creates it. */
  private draw(chart: Chart): void {
    const setup = this.next();
    if (!setup) return;
    chart.data = setup.data;
    chart.options = setup.options;
    chart.update();
  }

  /** The setup to draw, or null when the chart already shows it. */
  private next(): ChartSetup | null {
    const plan = this.plan();
    if (!plan) return null;
    const { key } = plan;
    if (key.length === this.drawnKey.length && key.every((value, i) => Object.is(value, this.drawnKey[i]))) return null;
    this.drawnKey = key;
    return plan.setup();
  }

  private destroy(): void {
    this.resizer?.disconnect();
    this.resizer = undefined;
    if (!this.chart) return;
    this.chart.destroy();
    this.chart = null;
    this.drawnKey = [];
    live--;
  }
}
