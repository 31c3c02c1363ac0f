import { css } from 'lit';

/**
 * The inherited text properties a page must not pass into a widget. `:host`
 * rules lose to any page rule on the element itself (`* { all: revert }`
 * turns every one of them back into "inherit from the page"), so this reset
 * sits on the frame inside the shadow root. Font family (and colour scheme,
 * which no rule here sets) still come through, as documented.
 */
export const textReset = css`
  font-family: var(--kpi-font-family, inherit);
  font-style: normal;
  font-weight: 400;
  font-variant: normal;
  font-stretch: normal;
  line-height: 1.4;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  text-indent: 0;
  text-align: start;
  text-shadow: none;
  white-space: normal;
  word-break: normal;
  overflow-wrap: normal;
  hyphens: manual;
  tab-size: 8;
`;

/**
 * The theme's colours, light and dark, declared once for the widgets and for
 * the dashboard's own heading and messages.
 */
export const lightTokens = css`
  --_surface: #ffffff;
  --_text: #1b1f24;
  --_muted: #57606a;
  --_border: #d0d7de;
  --_accent: #0b5cad;
  --_good: #116329;
  --_bad: #b42318;
  --_neutral: #57606a;
  --_track: #e6e9ed;
  --_skeleton: #eceff2;
  --_focus: #0b5cad;
`;

export const darkTokens = css`
  --_surface: #161b22;
  --_text: #e6edf3;
  --_muted: #9aa5b1;
  --_border: #30363d;
  --_accent: #58a6ff;
  --_good: #3fb950;
  --_bad: #ff7b72;
  --_neutral: #9aa5b1;
  --_track: #30363d;
  --_skeleton: #262c34;
  --_focus: #58a6ff;
  color-scheme: dark;
`;

/**
 * Design tokens. Public `--kpi-*` properties win; the private `--_*` values are
 * the theme's defaults. Only font family and colour scheme come from the page:
 * sizes are set here in px so a host page's `font-size: 40px !important` cannot
 * blow a widget up.
 */
export const themeStyles = css`
  :host {
    ${lightTokens}
    /* A column whose frame grows to the height the page gives the widget (a grid row's): cards of a row line up. */
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    color-scheme: light;
    font-family: var(--kpi-font-family, inherit);
    font-size: 14px;
    line-height: 1.4;
    font-weight: 400;
    text-align: start;
    contain: content;
  }
  :host([data-kpi-theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([data-kpi-theme='auto']) {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [part~='base'] {
    display: block;
    flex: 1 1 auto;
    position: relative;
    min-width: 0;
    padding: var(--kpi-padding, var(--_padding, 16px));
    border: 1px solid var(--kpi-border-color, var(--_border));
    border-radius: var(--kpi-radius, 8px);
    background: var(--kpi-surface, var(--_surface));
    color: var(--kpi-text, var(--_text));
    ${textReset}
    font-size: var(--kpi-font-size, 14px);
  }
  [part~='label'] {
    display: block;
    margin: 0 0 4px;
    font-size: var(--kpi-label-size, var(--_label-size, 14px));
    font-weight: 600;
    color: var(--kpi-muted, var(--_muted));
  }
  .good {
    color: var(--kpi-good, var(--_good));
  }
  .bad {
    color: var(--kpi-bad, var(--_bad));
  }
  .neutral {
    color: var(--kpi-neutral, var(--_neutral));
  }
  :focus-visible {
    outline: 3px solid var(--kpi-focus, var(--_focus));
    outline-offset: 2px;
  }
  [part~='skeleton'] {
    display: block;
    height: 1.6em;
    width: 60%;
    border-radius: 4px;
    background: var(--kpi-skeleton, var(--_skeleton));
    animation: kpi-pulse 1.2s ease-in-out infinite;
  }
  [part~='error'] {
    display: block;
    margin: 0;
    color: var(--kpi-bad, var(--_bad));
    font-size: 14px;
  }
  [part~='empty'],
  [part~='stale'] {
    display: block;
    margin: 0;
    color: var(--kpi-muted, var(--_muted));
    font-size: 13px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @keyframes kpi-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    [part~='base'] {
      border-color: CanvasText;
    }
    .good,
    .bad,
    .neutral {
      color: CanvasText;
    }
  }
`;
