import { css } from 'lit';
import { textReset } from '../shared/theme.styles.js';

export const dashboardStyles = css`
  :host {
    display: block;
    font-family: var(--kpi-font-family, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  /* Like the widgets' frame: the page's text styles stop here, font family excepted.
     The grid is not reset: what it holds is the page's (the widgets reset themselves). */
  [part='heading'] {
    ${textReset}
    margin: 0 0 12px;
    color: var(--kpi-text, CanvasText);
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
