import { defineStrings } from '../shared/i18n.js';

/**
 * The goal's own words. Numbers and dates arrive formatted for the locale.
 * `pace.*` are the status as a phrase inside the aria-valuetext sentence;
 * the visible status words are the common `status.*` plus `status.not-started`
 * and `status.missed` here.
 */
export const goalText = defineStrings('goal-progress', {
  gauge: 'Goal progress',
  of: 'of {target}',
  share: '{percent} of target',
  'status.not-started': 'Not started',
  'status.missed': 'Target missed',
  starts: 'starts {date}',
  ended: 'Ended {date}',
  remaining: 'Remaining: {value}',
  short: 'Short by {value}',
  'days.one': '{days} day left',
  'days.other': '{days} days left',
  'needed.day': 'Needed: {value} per day',
  'needed.week': 'Needed: {value} per week',
  'needed.working-day': 'Needed: {value} per working day',
  expected: 'Expected today: {value}',
  projection: 'Projected by {date}: {value}',
  valuetext: '{value} of {target}, {status}',
  'valuetext.pace': '{value} of {target}, {status}; expected today {expected}',
  'valuetext.down': '{value}, target {target} or lower, {status}',
  'valuetext.pace.down': '{value}, target {target} or lower, {status}; expected today {expected}',
  'pace.ahead': 'ahead of pace',
  'pace.on-track': 'on pace',
  'pace.at-risk': 'at risk, a little behind pace',
  'pace.behind': 'behind pace',
  'pace.reached': 'target reached',
  'pace.not-started': 'not started yet',
  'pace.missed': 'target missed',
  'error.missing.target': 'The goal has no target. Add target="1500000", for example.',
  'error.missing.start': 'The goal has no start date. Add start="2026-01-01", for example.',
  'error.missing.end': 'The goal has no end date. Add end="2026-03-31", for example.',
  'error.order': 'The goal ends ({end}) before it starts ({start}). Check start and end.',
  details: 'More details',
  'of.down': 'target {target} or lower',
  'remaining.down': '{value} to go',
  'projection.range': 'Projected by {date}: {value} (likely {low} to {high})',
  'projection.none': 'No forecast yet: too early in the period',
});
