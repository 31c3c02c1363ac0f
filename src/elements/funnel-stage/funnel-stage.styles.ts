import { css } from 'lit';

export const stageStyles = css`
  [part~='value'] {
    display: block;
    font-size: var(--kpi-value-size, 28px);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  [part~='delta'] {
    display: block;
    margin-top: 4px;
    font-size: 13px;
  }
`;
