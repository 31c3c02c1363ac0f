import { css } from 'lit';

/**
 * A card fills the height its grid cell gives it: label and value at the top,
 * the change, the target and the sparkline at the bottom, so that cards of
 * one row line up. `size` sets the density: type, padding and sparkline.
 */
export const cardStyles = css`
  :host {
    --_value-size: 28px;
    --_spark-height: 32px;
  }
  :host([size='s' i]) {
    --_value-size: 22px;
    --_spark-height: 24px;
    --_padding: 12px;
    --_label-size: 13px;
  }
  :host([size='l' i]) {
    --_value-size: 40px;
    --_spark-height: 44px;
    --_padding: 20px;
    --_label-size: 15px;
  }
  [part~='base'] {
    display: flex;
    flex-direction: column;
  }
  .face {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
  }
  .foot {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin-top: auto;
    padding-top: 6px;
  }
  /* Room for a sparkline, kept in a card without one when its row has one. */
  .spark {
    min-height: var(--kpi-sparkline-reserve, var(--_kpi-sparkline-reserve, 0px));
  }
  [part~='value'] {
    font-size: var(--kpi-value-size, var(--_value-size));
    font-weight: var(--kpi-value-weight, 700);
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  [part~='delta'],
  [part~='target'] {
    font-size: var(--kpi-delta-size, 13px);
    font-variant-numeric: tabular-nums;
  }
  [part~='delta'] {
    font-weight: 600;
  }
  .words,
  [part~='target'] {
    font-weight: 400;
    color: var(--kpi-muted, var(--_muted));
  }
  [part~='target'] .status.good {
    color: var(--kpi-good, var(--_good));
  }
  [part~='sparkline'] {
    display: block;
    width: 100%;
    height: var(--kpi-sparkline-height, var(--_spark-height));
    margin-top: 6px;
    overflow: visible;
  }
  [part~='sparkline'] path {
    fill: none;
    stroke: var(--kpi-sparkline-color, var(--kpi-accent, var(--_accent)));
    stroke-linecap: round;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  [part~='sparkline'] .line {
    stroke-width: 2px;
  }
  [part~='sparkline'] .dot {
    stroke-width: 6px;
  }
  /* A period still running: only so far. */
  [part~='sparkline'] .line.running {
    stroke-dasharray: 3 3;
  }
  [part~='sparkline'] .dot.running {
    opacity: 0.45;
  }
  [part~='pace'] {
    display: block;
    font-size: 12px;
    color: var(--kpi-muted, var(--_muted));
  }
  [part~='link'] {
    display: inline-block;
    margin-top: 8px;
    font-size: 13px;
    color: var(--kpi-link-color, var(--kpi-accent, var(--_accent)));
  }
  [part~='notice'] {
    margin: 8px 0 0;
    font-size: 12px;
    color: var(--kpi-muted, var(--_muted));
  }
  @media (forced-colors: active) {
    [part~='sparkline'] path {
      stroke: CanvasText;
    }
  }
`;
