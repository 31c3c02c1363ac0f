import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    display: block;
    font-family: var(--kpi-font-family, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  [part='heading'] {
    margin: 0 0 12px;
    font-size: 18px;
    font-weight: 600;
  }
  [part='grid'] {
    display: grid;
    gap: var(--kpi-dashboard-gap, 16px);
    grid-template-columns: repeat(auto-fill, minmax(var(--kpi-dashboard-min-column, 220px), 1fr));
    align-items: start;
  }
  :host([layout='none']) [part='grid'] {
    display: contents;
  }
`;
