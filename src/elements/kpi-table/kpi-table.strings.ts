import { defineStrings } from '../shared/i18n.js';

/**
 * The table's own words. `group.*` name the rows' field in the header and
 * caption (any other column is named as written); KPI names come from the
 * catalogue; statuses are the common `status.*` words.
 */
export const tableText = defineStrings('kpi-table', {
  'group.owner': 'Seller',
  'group.team': 'Team',
  'group.customer': 'Customer',
  'group.product': 'Product',
  'group.source': 'Source',
  caption: '{kpis} per {group}',
  and: '{first} and {last}',
  rank: 'Rank',
  total: 'Total',
  others: 'Others ({count})',
  none: '(none)',
  me: 'you',
  select: 'Show only {name}',
  sortAsc: 'sorted ascending',
  sortDesc: 'sorted descending',
  target: 'target {target}',
  share: '{share} of target',
  needed: '{value} needed per working day',
  'empty.filter': 'No records match the filter “{filter}”.',
  'empty.data': 'The data has no records to put in rows.',
  'error.group-by': 'The table needs group-by: the field that makes the rows, such as group-by="owner" (or team, customer, product, source, or a column of the data).',
});
