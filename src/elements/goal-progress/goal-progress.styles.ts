import { css } from 'lit';

export const goalStyles = css`
  :host {
    --_warn: #8a5a00;
  }
  :host([data-kpi-theme='dark']) {
    --_warn: #d29922;
  }
  @media (prefers-color-scheme: dark) {
    :host([data-kpi-theme='auto']) {
      --_warn: #d29922;
    }
  }
  .warn {
    color: var(--kpi-warn, var(--_warn));
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 6px;
  }
  [part~='value'] {
    font-size: var(--kpi-value-size, 24px);
    font-weight: var(--kpi-value-weight, 700);
    font-variant-numeric: tabular-nums;
  }
  [part~='target'] {
    color: var(--kpi-muted, var(--_muted));
  }
  .gauge {
    --_fill: var(--kpi-goal-fill, var(--kpi-accent, var(--_accent)));
    position: relative;
    margin: 10px 0 8px;
  }
  .gauge[data-state='reached'] {
    --_fill: var(--kpi-goal-fill, var(--kpi-good, var(--_good)));
  }
  .gauge[data-state='behind'],
  .gauge[data-state='missed'] {
    --_fill: var(--kpi-goal-fill, var(--kpi-bad, var(--_bad)));
  }
  .gauge[data-state='at-risk'] {
    --_fill: var(--kpi-goal-fill, var(--kpi-warn, var(--_warn)));
  }
  .bar [part~='track'] {
    position: relative;
    height: var(--kpi-goal-height, 10px);
    border-radius: 999px;
    background: var(--kpi-goal-track, var(--_track));
  }
  .bar [part~='fill'] {
    height: 100%;
    max-inline-size: 100%;
    border-radius: inherit;
    background: var(--_fill);
    transition: inline-size 0.4s ease-out;
  }
  .bar [part~='marker'] {
    position: absolute;
    top: -4px;
    bottom: -4px;
    width: 3px;
    margin-inline-start: -1.5px;
    border-radius: 1px;
    background: var(--kpi-goal-marker, var(--kpi-text, var(--_text)));
  }
  .ring {
    display: grid;
    place-items: center;
    inline-size: var(--kpi-goal-ring-size, 120px);
  }
  .ring > * {
    grid-area: 1 / 1;
  }
  [part~='ring'] {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  [part~='ring'] [part~='track'],
  [part~='ring'] [part~='fill'] {
    fill: none;
    stroke-width: 10;
  }
  [part~='ring'] [part~='track'] {
    stroke: var(--kpi-goal-track, var(--_track));
  }
  [part~='ring'] [part~='fill'] {
    stroke: var(--_fill);
    transition: stroke-dasharray 0.4s ease-out;
  }
  [part~='ring'] [part~='marker'] {
    stroke: var(--kpi-goal-marker, var(--kpi-text, var(--_text)));
    stroke-width: 3;
  }
  .center {
    font-size: 18px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  [part~='status'] {
    margin: 2px 0 0;
    font-size: 15px;
    font-weight: 600;
  }
  /* The one line of what it takes, in the text colour; the rest is quieter. */
  [part~='needed'] {
    margin: 0;
    font-size: 14px;
    font-variant-numeric: tabular-nums;
  }
  [part~='remaining'],
  [part~='projection'] {
    margin: 4px 0 0;
    font-size: 13px;
    font-variant-numeric: tabular-nums;
    color: var(--kpi-muted, var(--_muted));
  }
  [part~='details'] {
    margin-top: 6px;
  }
  [part~='details-toggle'] {
    display: inline-block;
    padding: 2px 0;
    font-size: 13px;
    color: var(--kpi-accent, var(--_accent));
    cursor: pointer;
  }
  .nowrap {
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .bar [part~='track'] {
      border: 1px solid CanvasText;
    }
    .bar [part~='fill'] {
      background: Highlight;
    }
    .bar [part~='marker'] {
      background: CanvasText;
    }
    [part~='ring'] [part~='fill'] {
      stroke: Highlight;
    }
    [part~='ring'] [part~='track'],
    [part~='ring'] [part~='marker'] {
      stroke: CanvasText;
    }
    .warn {
      color: CanvasText;
    }
  }
`;
