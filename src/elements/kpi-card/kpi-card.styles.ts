import { css } from 'lit';

export const cardStyles = css`
  .face {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
  }
  [part~='value'] {
    font-size: var(--kpi-value-size, 28px);
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
    height: var(--kpi-sparkline-height, 32px);
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
