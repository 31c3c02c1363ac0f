import { css } from 'lit';

/**
 * A real table on a wide container; below 560px each row becomes a compact
 * card of label–value lines (a container query, so a table in a narrow
 * sidebar of a wide page folds too).
 */
export const tableStyles = css`
  [part~='base'] {
    container-type: inline-size;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 8px;
    color: var(--kpi-muted, var(--_muted));
  }
  th,
  td {
    padding: 6px 8px;
    text-align: end;
    vertical-align: top;
    border-bottom: 1px solid var(--kpi-border-color, var(--_border));
  }
  th[scope='row'],
  thead th:nth-child(2) {
    text-align: start;
  }
  thead th {
    font-weight: 600;
    white-space: nowrap;
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 2px;
    cursor: pointer;
    text-align: inherit;
  }
  [part~='row-button'] {
    font-weight: 600;
    text-decoration: underline dotted;
    text-underline-offset: 3px;
  }
  [part~='sort-button']::after {
    content: ' ↕';
    color: var(--kpi-muted, var(--_muted));
  }
  th[aria-sort='ascending'] [part~='sort-button']::after {
    content: ' ▲';
    color: inherit;
  }
  th[aria-sort='descending'] [part~='sort-button']::after {
    content: ' ▼';
    color: inherit;
  }
  [part~='rank'] {
    color: var(--kpi-muted, var(--_muted));
    text-align: center;
  }
  tr.highlight > * {
    background: var(--kpi-table-highlight, color-mix(in srgb, var(--kpi-accent, var(--_accent)) 12%, transparent));
  }
  [part~='me'] {
    font-size: 12px;
    color: var(--kpi-muted, var(--_muted));
    margin-inline-start: 4px;
  }
  tfoot th,
  tfoot td,
  tr.others > * {
    font-weight: 600;
  }
  tfoot > tr > * {
    border-bottom: 0;
    border-top: 2px solid var(--kpi-border-color, var(--_border));
  }
  [part~='value'] {
    display: block;
    font-weight: 600;
  }
  [part~='delta'],
  [part~='goal'] {
    display: block;
    font-size: 12px;
  }
  [part~='progress'] {
    display: block;
    height: 6px;
    margin: 4px 0 2px auto;
    max-width: 120px;
    border-radius: 3px;
    background: var(--kpi-track, var(--_track));
    overflow: hidden;
  }
  [part~='progress-bar'] {
    display: block;
    height: 100%;
    background: var(--kpi-table-bar, var(--kpi-accent, var(--_accent)));
  }
  .status-ahead,
  .status-on-track {
    color: var(--kpi-good, var(--_good));
  }
  .status-at-risk,
  .status-behind {
    color: var(--kpi-bad, var(--_bad));
  }
  [part~='needed'] {
    display: block;
    color: var(--kpi-muted, var(--_muted));
  }
  @container (max-width: 560px) {
    table,
    tbody,
    tfoot,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody tr,
    tfoot tr {
      border: 1px solid var(--kpi-border-color, var(--_border));
      border-radius: 6px;
      margin-bottom: 8px;
      padding: 4px 0;
    }
    tfoot > tr > * {
      border-top: 0;
    }
    th,
    td {
      border-bottom: 0;
      padding: 2px 10px;
    }
    td[data-label] {
      display: flex;
      justify-content: space-between;
      gap: 8px;
    }
    td[data-label]::before {
      content: attr(data-label);
      color: var(--kpi-muted, var(--_muted));
      text-align: start;
    }
    [part~='rank'] {
      text-align: start;
    }
    [part~='rank']:empty {
      display: none;
    }
  }
  @media (forced-colors: active) {
    [part~='progress-bar'] {
      background: CanvasText;
    }
  }
`;
