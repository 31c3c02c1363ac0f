/**
 * The team dashboard. The <select> sets the dashboard's `filter`, and every
 * widget inside follows through the dashboard context. The budget is the
 * demo's own business: it picks the team's or the rep's month from
 * data/budget.json for the goal's target and the charts' budget lines.
 */
import { budgetFor, budgetSeries, loadBudget, monthKey, monthName, type Budget } from './budget.js';

const month = monthKey();
const locale = 'nb-NO';
const dashboard = document.getElementById('team')!;
const select = document.getElementById('rep') as HTMLSelectElement;
const showing = document.getElementById('showing')!;
const reps = [...select.options].map((option) => option.value).filter(Boolean);

for (const slot of document.querySelectorAll('[data-month-name]')) slot.textContent = monthName(month, locale);

let budget: Budget | null = null;
try {
  budget = await loadBudget();
} catch (error) {
  // Without a budget the goal says itself that it lacks a target; the rest of the page still works.
  console.warn('The demo budget could not be read:', error);
}

function show(rep: string): void {
  if (rep) dashboard.setAttribute('filter', `owner=${rep}`);
  else dashboard.removeAttribute('filter');
  showing.textContent = rep ? `Viser tall for ${rep}.` : 'Viser tall for hele teamet.';

  const total = budget ? budgetFor(budget, month, rep || undefined) : undefined;
  if (total === undefined) return;
  for (const widget of document.querySelectorAll<HTMLElement>('[data-budget]')) {
    const kind = widget.dataset.budget;
    if (kind === 'month') widget.setAttribute('target', String(total));
    else if (kind === 'day' || kind === 'week') widget.setAttribute('budget', JSON.stringify(budgetSeries(total, month, kind)));
  }
}

// ?rep=Anna%20Berg (the CRM page's drill-down link) opens the page on one rep.
const asked = new URLSearchParams(location.search).get('rep') ?? '';
const initial = reps.includes(asked) ? asked : '';
select.value = initial;
show(initial);

select.addEventListener('change', () => {
  show(select.value);
  const url = new URL(location.href);
  if (select.value) url.searchParams.set('rep', select.value);
  else url.searchParams.delete('rep');
  history.replaceState(null, '', url);
});

// The kit loads after the first targets are in place, so no goal flashes "no target".
await import('../src/index.js');
