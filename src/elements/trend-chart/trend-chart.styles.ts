import { css } from 'lit';

/**
 * Chart colours are resolved here, in CSS, so a page sets them with
 * `--kpi-chart-*` and a theme switch changes them; the element reads the
 * private `--_chart-*` results with getComputedStyle for the canvas.
 */
export const chartStyles = css`
  :host {
    --_target: #9a6700;
    --_budget: #8250df;
    --_previous: #8c959f;
    --_chart-1: var(--kpi-chart-1, var(--kpi-accent, var(--_accent)));
    --_chart-fill: var(--kpi-chart-fill, color-mix(in srgb, var(--_chart-1) 20%, transparent));
    --_chart-target: var(--kpi-chart-target, var(--_target));
    --_chart-budget: var(--kpi-chart-budget, var(--_budget));
    --_chart-previous: var(--kpi-chart-previous, var(--_previous));
    --_chart-text: var(--kpi-muted, var(--_muted));
    --_chart-grid: var(--kpi-border-color, var(--_border));
  }
  :host([data-kpi-theme='dark']) {
    --_target: #d29922;
    --_budget: #a371f7;
    --_previous: #6e7681;
  }
  @media (prefers-color-scheme: dark) {
    :host([data-kpi-theme='auto']) {
      --_target: #d29922;
      --_budget: #a371f7;
      --_previous: #6e7681;
    }
  }
  /* The browser does not repaint a canvas in forced colours: the chart draws
     in system colours itself (readColours resolves them), telling its lines
     apart by their dash patterns. */
  @media (forced-colors: active) {
    :host {
      --_chart-1: CanvasText;
      --_chart-fill: transparent;
      --_chart-target: CanvasText;
      --_chart-budget: CanvasText;
      --_chart-previous: GrayText;
      --_chart-text: CanvasText;
      --_chart-grid: GrayText;
    }
  }
  /* The canvas is positioned out of the flow of its own wrapper, so the
     wrapper's size comes from the page alone and can shrink again after the
     chart grew (chart.js #11005). */
  [part~='chart'] {
    position: relative;
    border-radius: 4px;
    height: var(--kpi-chart-height, 240px);
    min-width: 0;
    overflow: hidden;
  }
  /* Filling the wrapper gives Chart.js the right size at construction; after
     that the element's ResizeObserver keeps it in step. */
  [part~='canvas'] {
    position: absolute;
    top: 0;
    left: 0;
    display: block;
    width: 100%;
    height: 100%;
  }
  [part~='summary'] {
    margin: 8px 0 0;
    color: var(--kpi-muted, var(--_muted));
    font-size: 13px;
  }
  [part~='table-toggle'] {
    margin: 4px 0 0;
    padding: 2px 0;
    border: 0;
    background: none;
    color: var(--kpi-accent, var(--_accent));
    font: inherit;
    font-size: 13px;
    text-decoration: underline;
    cursor: pointer;
  }
  /* A narrow widget scrolls its table sideways instead of spilling out of its
     box, and shows that it does: a shade on the right edge (attached to the
     box) says there is more, until a surface-coloured cover that rides with
     the content (attached locally) reaches the edge and hides it. The period
     column stays put while the numbers scroll under it. */
  .scroll {
    --_cover: var(--kpi-surface, var(--_surface));
    --_shade: color-mix(in srgb, var(--kpi-text, var(--_text)) 35%, transparent);
    margin-top: 8px;
    overflow-x: auto;
    background:
      linear-gradient(to left, var(--_cover) 40%, transparent) right / 32px 100% no-repeat local,
      radial-gradient(farthest-side at 100% 50%, var(--_shade), transparent) right / 14px 100% no-repeat scroll;
  }
  .scroll th[scope='row'],
  .scroll thead th:first-child {
    position: sticky;
    left: 0;
    background: var(--_cover);
  }
  /* A surface-coloured cover would hide forced-colour text; the sticky column stays. */
  @media (forced-colors: active) {
    .scroll {
      background: none;
    }
  }
  [part~='table'] {
    width: 100%;
    border-collapse: collapse;
    font-size: 13px;
  }
  [part~='table'] caption {
    position: sticky;
    left: 0;
    width: max-content;
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  [part~='table'] th,
  [part~='table'] td {
    padding: 2px 8px 2px 0;
    border-bottom: 1px solid var(--kpi-border-color, var(--_border));
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  [part~='table'] th[scope='row'],
  [part~='table'] thead th:first-child {
    text-align: start;
    font-weight: 400;
  }
  /* Column names may wrap ("Last / year") so the numbers get the width. */
  [part~='table'] thead th {
    white-space: normal;
    vertical-align: bottom;
  }
`;
