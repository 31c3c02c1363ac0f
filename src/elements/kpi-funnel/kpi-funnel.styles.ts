import { css } from 'lit';

export const funnelStyles = css`
  [part~='list'] {
    display: grid;
    gap: 4px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
  }
  [part~='stage'] {
    display: block;
    width: 100%;
    padding: 6px 8px;
    border: 0;
    border-radius: 6px;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  [part~='stage']:hover {
    background: var(--kpi-hover, rgba(127, 127, 127, 0.1));
  }
  .head {
    display: flex;
    justify-content: space-between;
    gap: 8px;
  }
  .name {
    font-weight: 600;
  }
  .count {
    font-variant-numeric: tabular-nums;
  }
  .track {
    display: block;
    height: 12px;
    margin: 4px 0;
    border-radius: 3px;
    background: var(--kpi-track, var(--_track));
    overflow: hidden;
  }
  [part~='bar'] {
    display: block;
    height: 100%;
    min-width: 2px;
    max-width: 100%;
    border-radius: 3px;
    background: var(--kpi-funnel-bar, var(--kpi-accent, var(--_accent)));
  }
  .bottleneck [part~='bar'] {
    background: var(--kpi-funnel-bottleneck, var(--kpi-bad, var(--_bad)));
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 12px;
  }
  .facts,
  [part~='days'],
  [part~='weighted'] {
    font-size: 13px;
    color: var(--kpi-muted, var(--_muted));
  }
  [part~='days'],
  [part~='weighted'],
  [part~='bottleneck'] {
    display: block;
  }
  [part~='bottleneck'] {
    font-size: 13px;
    font-weight: 600;
    color: var(--kpi-bad, var(--_bad));
  }
  [part~='summary'] {
    margin: 8px 0 0;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    [part~='bar'],
    .bottleneck [part~='bar'] {
      forced-color-adjust: none;
      background: CanvasText;
    }
    [part~='bottleneck'] {
      color: CanvasText;
    }
  }
`;
