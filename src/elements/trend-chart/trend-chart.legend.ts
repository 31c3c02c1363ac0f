/**
 * The chart's legend, as HTML in the shadow root instead of chart.js's Legend
 * plugin (which the chart loader does not register): one toggle button per
 * line, named in the widget's language, with a swatch drawn as the canvas draws
 * that line. Buttons are read by screen readers, reached by the keyboard, and
 * restyled by forced colours, which a legend painted on the canvas is not.
 * Only the view module imports this one, so it costs the main file nothing.
 */
import { css, html, nothing, svg } from 'lit';
import { DASHES, FORECAST_DASH, lineWidth, type ChartKind, type Role } from './trend-chart.config.js';

export interface LegendInput {
  /** The lines drawn, in dataset order. */
  roles: readonly Role[];
  names: Record<Role, string>;
  kind: ChartKind;
  hidden: ReadonlySet<Role>;
  toggle: (role: Role) => void;
}

/**
 * A swatch per line in the canvas's own terms: the actual values as a bar or
 * a line (over a filled band for an area), every other line with its width
 * and dash pattern; on a bar chart the forecast as a dashed box and the budget
 * as its marker (trend-chart.bars.ts). aria-pressed says whether it is shown.
 */
export function renderLegend({ roles, names, kind, hidden, toggle }: LegendInput) {
  return html`<ul part="legend">${roles.map((role) => {
    const actual = role === 'actual';
    const bars = kind === 'bar';
    const swatch = actual && bars
      ? svg`<rect x="7" y="1" width="10" height="10" rx="2" />`
      : bars && role === 'projection'
        ? svg`<rect class="fill" x="7.75" y="1.75" width="8.5" height="8.5" rx="2" stroke-width="1.5" stroke-dasharray=${FORECAST_DASH.join(' ')} />`
        : bars && role === 'budget'
          ? svg`<line x1="5" x2="19" y1="6" y2="6" stroke-width="3" />`
          : svg`${actual && kind === 'area' ? svg`<rect class="fill" y="6" width="24" height="6" />` : nothing}<line x2="24" y1="6" y2="6"
          stroke-width=${lineWidth(role)} stroke-dasharray=${DASHES[role]?.join(' ') ?? nothing} />`;
    return html`<li><button part="legend-item" type="button" aria-pressed=${String(!hidden.has(role))}
      @click=${() => toggle(role)}><svg part="legend-swatch" class=${role} width="24" height="12" aria-hidden="true"
      >${swatch}</svg>${names[role]}</button></li>`;
  })}</ul>`;
}

/** The legend's styles; the element adopts them with the view module. */
export const legendStyles = css`
  /* The legend: one toggle button per line, above the chart. */
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 12px;
    margin: 0 0 4px;
    padding: 0;
    list-style: none;
  }
  [part~='legend-item'] {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 24px;
    margin: 0;
    padding: 0 4px;
    border: 0;
    border-radius: 4px;
    background: none;
    color: var(--kpi-muted, var(--_muted));
    font: inherit;
    font-size: 12px;
    cursor: pointer;
  }
  /* Switched off: struck through, not only paler. */
  [part~='legend-item'][aria-pressed='false'] {
    text-decoration: line-through;
  }
  [aria-pressed='false'] > [part~='legend-swatch'] {
    opacity: 0.4;
  }
  /* The swatch paints in the chart's own colours, which forced colours turn
     into the system colours the canvas uses (see readColours). */
  [part~='legend-swatch'] {
    flex: none;
    color: var(--_chart-1);
    fill: currentColor;
    stroke: currentColor;
    forced-color-adjust: none;
  }
  [part~='legend-swatch'].previous {
    color: var(--_chart-previous);
  }
  [part~='legend-swatch'].budget {
    color: var(--_chart-budget);
  }
  [part~='legend-swatch'].target {
    color: var(--_chart-target);
  }
  [part~='legend-swatch'] .fill {
    fill: var(--_chart-fill);
  }
  [part~='legend-swatch'] rect.fill:not([stroke-dasharray]) {
    stroke: none;
  }
`;
