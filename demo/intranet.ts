/**
 * The intranet page. Its widgets are pasted snippets; the only script is the
 * budget lookup, which a real page would not need: there the editor types the
 * month's target into the snippet. The demo's data moves with the calendar, so
 * the target and the month's name are filled in here, before the kit loads, so
 * the goal never flashes a "no target" message.
 */
import { budgetFor, loadBudget, monthKey, monthName } from './budget.js';

const month = monthKey();
const locale = document.documentElement.lang || 'nb';

for (const slot of document.querySelectorAll('[data-month-name]')) slot.textContent = monthName(month, locale);

try {
  const budget = await loadBudget();
  for (const goal of document.querySelectorAll<HTMLElement>('goal-progress[data-budget]')) {
    const target = budgetFor(budget, month);
    if (target !== undefined) goal.setAttribute('target', String(target));
    goal.setAttribute('label', `${goal.getAttribute('label')} for ${monthName(month, locale)}`);
  }
} catch (error) {
  // Without a budget the goal says itself that it lacks a target; the rest of the page still works.
  console.warn('The demo budget could not be read:', error);
}

await import('../src/index.js');
