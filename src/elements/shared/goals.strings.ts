import { defineStrings } from './i18n.js';

/**
 * Words for the goals and teams documents every widget may read: what is
 * wrong with which row. `{rows}` is a list of `row.*` lines joined by "; ".
 */
export const goalsText = defineStrings('goals', {
  'error.goals': 'The goals document {url} has rows that cannot be used: {rows}.',
  'row.shape': 'row {row}: {value}',
  'row.kpi': 'row {row}: there is no KPI called “{value}”',
  'row.period': 'row {row}: “{value}” is not a period such as 2026, 2026-Q1, 2026-03 or 2026-W12',
  'row.negative': 'row {row}: the target {value} is below zero for a KPI where more is better',
  'row.who': 'row {row}: give only one of owner, team and customer ({value})',
  'row.duplicate': 'row {row}: a second goal for the same person, KPI and period as row {other}',
  more: 'and {count} more',
  'error.teams': 'Cannot read “{value}” in teams: write owner:team pairs separated by commas, like Anna Berg:Vest,Ola Nordmann:Øst, or give the address of a teams file.',
});
