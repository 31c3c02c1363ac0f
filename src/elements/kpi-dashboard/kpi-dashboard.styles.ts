import { css } from 'lit';
import { darkTokens, lightTokens, textReset } from '../shared/theme.styles.js';

export const dashboardStyles = css`
  :host {
    display: block;
    font-family: var(--kpi-font-family, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  /* The heading sits on the page, not on a widget surface: it takes the page's
     colour in the light theme, and a light colour when the dashboard is dark. */
  :host {
    ${lightTokens}
  }
  :host([theme='dark']) {
    --_heading: #e6edf3;
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_heading: #e6edf3;
      ${darkTokens}
    }
  }
  /* Like the widgets' frame: the page's text styles stop here, font family excepted,
     and colour: the heading stands on the page's own background, not on a widget surface.
     The grid is not reset: what it holds is the page's (the widgets reset themselves). */
  [part='heading'] {
    ${textReset}
    color: var(--kpi-heading-color, var(--_heading, inherit));
    margin: 0 0 12px;
    font-size: 18px;
    font-weight: 600;
  }
  /* A problem with the dashboard's settings, and the hint of an empty dashboard, stand on a
     surface of their own like a widget's, so they are readable on any page background. */
  [part='error'],
  [part='empty'] {
    ${textReset}
    display: block;
    margin: 0 0 12px;
    padding: 12px var(--kpi-padding, 16px);
    border: 1px solid var(--kpi-border-color, var(--_border));
    border-radius: var(--kpi-radius, 8px);
    background: var(--kpi-surface, var(--_surface));
    font-size: 14px;
  }
  [part='error'] {
    color: var(--kpi-bad, var(--_bad));
  }
  [part='empty'] {
    color: var(--kpi-muted, var(--_muted));
  }
  @media (forced-colors: active) {
    [part='error'],
    [part='empty'] {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
  [part='grid'] {
    display: grid;
    gap: var(--kpi-dashboard-gap, 16px);
    grid-template-columns: repeat(auto-fill, minmax(var(--kpi-dashboard-min-column, 220px), 1fr));
    /* Every widget as tall as its row: cards of a row line up (each fills its cell, see theme.styles.ts). */
    align-items: stretch;
  }
  /* One card shows a sparkline: every card keeps its room, so their deltas line up. */
  :host([data-kpi-sparklines]) [part='grid'] {
    --_kpi-sparkline-reserve: calc(var(--kpi-sparkline-height, 32px) + 6px);
  }
  :host([layout='none']) [part='grid'] {
    display: contents;
  }
`;
