/**
 * The team dashboard. The <select>, or choosing a seller in the table, sets
 * the dashboard's `filter`, and every widget inside follows through the
 * dashboard context. The goal's target comes from data/goals.csv (the
 * dashboard's `goals`), as the table's do. The charts' daily and weekly budget
 * lines are the demo's own business: it spreads the team's or the rep's month
 * from data/budget.json over them.
 */
import { budgetFor, budgetSeries, loadBudget, monthKey, monthName, type Budget } from './budget.js';

const month = monthKey();
const locale = 'nb-NO';
const dashboard = document.getElementById('team')!;
const select = document.getElementById('rep') as HTMLSelectElement;
const showing = document.getElementById('showing')!;
const sellers = document.getElementById('sellers')!;
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
  // The table keeps all six sellers and marks the one shown.
  if (rep) sellers.setAttribute('highlight', `owner=${rep}`);
  else sellers.removeAttribute('highlight');

  const total = budget ? budgetFor(budget, month, rep || undefined) : undefined;
  if (total === undefined) return;
  for (const widget of document.querySelectorAll<HTMLElement>('[data-budget]')) {
    const kind = widget.dataset.budget;
    if (kind === 'day' || kind === 'week') widget.setAttribute('budget', JSON.stringify(budgetSeries(total, month, kind)));
  }
}

// ?rep=Anna%20Berg (the CRM page's drill-down link) opens the page on one rep.
const asked = new URLSearchParams(location.search).get('rep') ?? '';
const initial = reps.includes(asked) ? asked : '';
select.value = initial;
show(initial);

function choose(rep: string): void {
  select.value = rep;
  show(rep);
  const url = new URL(location.href);
  if (rep) url.searchParams.set('rep', rep);
  else url.searchParams.delete('rep');
  history.replaceState(null, '', url);
}

select.addEventListener('change', () => choose(select.value));
// A seller chosen in the table: the same as choosing them in the list; choosing them again shows the whole team.
sellers.addEventListener('kpi-row-select', (event) => {
  const { name } = (event as CustomEvent<{ name: string }>).detail;
  if (reps.includes(name)) choose(select.value === name ? '' : name);
});

// The kit loads after the first targets are in place, so no goal flashes "no target".
await import('../src/index.js');
