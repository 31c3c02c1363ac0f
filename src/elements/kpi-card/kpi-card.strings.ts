import { defineStrings } from '../shared/i18n.js';

/**
 * The card's own words. Numbers arrive formatted for the locale; {trend},
 * {compare} and {sentiment} arrive as the shared words (up, vs previous, good).
 * `change` and `flat` are the middle of the one sentence a screen reader hears:
 * "Win rate 63.2 %, up 2.1 points vs last quarter, good". `vs.*` name the
 * period compared with when the card knows its kind (a KPI over a period).
 */
export const cardText = defineStrings('kpi-card', {
  badSeries: 'The series attribute must be a list like [{"date":"2026-01","value":120}, …].',
  change: '{trend} {amount} {compare}, {sentiment}',
  flat: '{trend} {compare}',
  'vs.day': 'vs the day before',
  'vs.week': 'vs last week',
  'vs.month': 'vs last month',
  'vs.quarter': 'vs last quarter',
  'vs.year': 'vs last year',
  noBaseline: 'no earlier value to compare with',
  points: '{n} points',
  target: 'Target {target}',
  targetShare: 'Target {target} · {share}',
  reached: 'reached',
  notReached: 'not reached',
  trend: 'Trend from {first} to {last}',
  details: 'Details',
  detailsOf: 'Details: {label}',
  hrefRefused: 'The link was left out: only http, https and relative addresses are allowed.',
  'coverage.previous-year': "last year's data starts {date}",
  'coverage.previous-period': "the previous period's data starts {date}",
  sofar: 'so far',
  onpace: 'so far, on pace for {projected}',
});
