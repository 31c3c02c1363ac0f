/**
 * The CRM account page: the CRM's own parts (forms, the deals table) around
 * the kit's widgets. The table is the host page's business, built here from
 * the same demo data the widgets read; the widgets need no script at all.
 */
import '../src/index.js';

interface DemoDeal {
  opportunity_id: string;
  sales_agent: string;
  product: string;
  account: string;
  deal_stage: string;
  engage_date: string;
  close_date: string;
  close_value: number;
}

const ACCOUNT = 'Fjordkraft Handel';
const ROWS = 12;
const locale = 'en-GB';
const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 });
const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });

/** `2026-03-05` as a local calendar date, never shifted by a time zone. */
function showDate(iso: string): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return day.format(new Date(y, m - 1, d));
}

function cell(text: string, className = ''): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

async function fillDeals(): Promise<void> {
  const body = document.querySelector<HTMLTableSectionElement>('#deals-table tbody')!;
  try {
    const response = await fetch('data/sales.json');
    if (!response.ok) throw new Error(`data/sales.json answered ${response.status}`);
    const { deals } = (await response.json()) as { deals: DemoDeal[] };
    const mine = deals
      .filter((deal) => deal.account === ACCOUNT)
      .sort((a, b) => b.engage_date.localeCompare(a.engage_date))
      .slice(0, ROWS);
    body.replaceChildren(
      ...mine.map((deal) => {
        const row = document.createElement('tr');
        const stage = document.createElement('span');
        stage.className = `stage ${deal.deal_stage.toLowerCase()}`;
        stage.textContent = deal.deal_stage;
        const stageCell = document.createElement('td');
        stageCell.append(stage);
        const id = document.createElement('th');
        id.scope = 'row';
        id.textContent = deal.opportunity_id;
        row.append(
          id,
          cell(deal.product),
          stageCell,
          cell(deal.sales_agent),
          cell(showDate(deal.engage_date), 'date'),
          cell(showDate(deal.close_date), 'date'),
          cell(deal.deal_stage === 'Lost' ? '—' : money.format(deal.close_value), 'number'),
        );
        return row;
      }),
    );
  } catch (error) {
    const row = document.createElement('tr');
    row.append(cell('The deals could not be loaded. Reload the page to try again.'));
    (row.firstElementChild as HTMLTableCellElement).colSpan = 7;
    body.replaceChildren(row);
    console.warn(error);
  }
}

/** The forms are for show: they say what a real CRM would have done. */
function demoForm(id: string, message: (data: FormData) => string): void {
  const form = document.getElementById(id) as HTMLFormElement;
  const status = form.querySelector<HTMLElement>('.form-status')!;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    status.textContent = message(new FormData(form));
  });
}

const today = new Date();
const dateInput = document.getElementById('activity-date') as HTMLInputElement;
dateInput.value = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;

demoForm('account-form', (data) => `Saved ${String(data.get('name'))}. (Demo: nothing was sent.)`);
demoForm('activity-form', (data) => `Logged a ${String(data.get('type'))} on ${showDate(String(data.get('date')))}. (Demo: nothing was sent.)`);

// The funnel tells which stage was chosen; a CRM would open that list of deals.
document.getElementById('pipeline')!.addEventListener('kpi-stage-select', (event) => {
  const { label, value } = (event as CustomEvent<{ label: string; value: number }>).detail;
  document.getElementById('stage-note')!.textContent =
    `${label}: ${new Intl.NumberFormat(locale).format(value)} deals reached this stage. A CRM would open that list here.`;
});

void fillDeals();
