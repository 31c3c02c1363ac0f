// /crm/deals.csv for the DESIGN.md snippet tests: a CRM export whose deals sit at
// fixed places relative to today, so "this-quarter" and "this-month" always have
// known figures. The test works the expected numbers out from the same layout.
const DAY = 86_400_000;

const iso = (t) => new Date(t).toISOString().slice(0, 10);

export function crmDealsCsv(now = new Date()) {
  const y = now.getFullYear();
  const m = now.getMonth();
  const monthStart = Date.UTC(y, m, 1);
  const lastYear = Date.UTC(y - 1, m, 1);
  const previousMonth = Date.UTC(y, m - 1, 1);
  const rows = [
    ['D1', 'Anna Berg', 'Won', monthStart, 120000],
    ['D2', 'Anna Berg', 'Won', monthStart, 80000],
    ['D3', 'Lars Haugen', 'Won', monthStart, 40000],
    ['D4', 'Lars Haugen', 'Lost', monthStart, 0],
    ['D5', 'Anna Berg', 'Won', lastYear, 50000],
    ['D6', 'Lars Haugen', 'Lost', lastYear, 0],
    ['D7', 'Anna Berg', 'Won', previousMonth, 100000],
  ];
  const lines = rows.map(([id, agent, stage, closed, value]) =>
    [id, agent, 'Pipeline Pro', 'Nordlys Bygg', stage, iso(closed - 30 * DAY), iso(closed), value].join(','),
  );
  lines.push(['D8', 'Anna Berg', 'Pipeline Pro', 'Fjordkraft', 'Prospecting', iso(monthStart), '', ''].join(','));
  return `opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n${lines.join('\n')}\n`;
}
