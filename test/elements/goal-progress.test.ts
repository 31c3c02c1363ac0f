import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/goal-progress/goal-progress.define.js';
import '../../src/elements/kpi-dashboard/kpi-dashboard.define.js';
import type { GoalProgress } from '../../src/elements/goal-progress/goal-progress.define.js';
import type { KpiErrorDetail } from '../../src/elements/shared/problems.js';

// Whitespace (also the no-break spaces Intl puts in "1 240 000 kr") read as one plain space.
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: GoalProgress, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const gauge = (el: GoalProgress) => el.shadowRoot!.querySelector('[role="progressbar"]')!;
const NBSP = '\u00a0';

/** An element built outside `fixture`, so listeners are in place before its first update. */
async function mount(attributes: Record<string, string>, listen: Record<string, (e: Event) => void> = {}) {
  const el = document.createElement('goal-progress');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  for (const [type, fn] of Object.entries(listen)) el.addEventListener(type, fn);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/*
 * The DESIGN.md goal, seen on Sunday 2026-02-15:
 * - Q1 2026 = Jan 31 + Feb 28 + Mar 31 = 90 calendar days.
 * - Today's deals are in the value, so for the line Jan 1 … Feb 15 have passed: 31 + 15 = 46 days.
 *   Today is still a day to act on: 45 are left (Feb 15 … Mar 31).
 * - Expected today = 1 500 000 × 46/90 = 766 666.7 → "766 667".
 * - Progress = 1 240 000 / 1 500 000 = 0.82666… → "82,7 %".
 * - Pace ratio = 0.8267 / (46/90) = 1.62 ≥ 1.05 → Ahead.
 * - Remaining = 1 500 000 − 1 240 000 = 260 000; needed per day = 260 000 / 45 = 5 777.8 → "5 778 kr".
 * - Projected (run rate, no history) = 1 240 000 × 90/46 = 2 426 087.0.
 */
const Q1 = { label: 'Q1 revenue', value: '1240000', target: '1500000', start: '2026-01-01', end: '2026-03-31', format: 'currency', currency: 'SEK' };

describe('<goal-progress>', () => {
  // The first goal on a page that names holidays loads their reader and the national calendars
  // (tested in 'national holidays…'); after that a goal with holidays resolves at once.
  before(async () => {
    const el = await mount({ ...Q1, today: '2026-02-15', pace: 'working', holidays: 'NO' });
    await waitUntil(() => part(el, 'needed'), 'the calendars');
    el.remove();
  });

  describe('hierarchy', () => {
    it('shows value and status first, one line of what is needed, and the rest behind a disclosure', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress label="Q1 revenue" value="1240000" target="1500000"
        start="2026-01-01" end="2026-03-31" format="currency" currency="SEK" today="2026-02-15" locale="en"></goal-progress>`);
      // In reading order: value, status, gauge, needed, then the disclosure with remaining and projection.
      const order = [...el.shadowRoot!.querySelectorAll('[part~="value"], [part~="status"], [role="progressbar"], [part~="needed"], [part~="details"]')]
        .map((node) => node.getAttribute('part') ?? node.getAttribute('role'));
      expect(order).to.deep.equal(['value', 'status', 'progressbar', 'needed', 'details']);
      const details = part(el, 'details') as HTMLDetailsElement;
      expect(details.localName).to.equal('details');
      expect(details.open).to.equal(false);
      expect(part(el, 'remaining')!.closest('details')).to.equal(details);
      expect(details.querySelector('[part~="projection"]')).to.not.equal(null);
      // Closed, the remaining and projection lines are not shown.
      expect((details.querySelector('[part~="projection"]') as HTMLElement).checkVisibility()).to.equal(false);
      // Keyboard: Tab reaches the summary, Enter opens it, Enter again closes it.
      const summary = part(el, 'details-toggle') as HTMLElement;
      expect(text(summary)).to.equal('More details');
      summary.focus();
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      await sendKeys({ press: 'Enter' });
      await aTimeout(0);
      expect(details.open).to.equal(true);
      expect((details.querySelector('[part~="projection"]') as HTMLElement).checkVisibility()).to.equal(true);
      await sendKeys({ press: 'Space' });
      await aTimeout(0);
      expect(details.open).to.equal(false);
    });

    it('names the disclosure in the widget\'s language', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress value="10" target="20" start="2026-01-01" end="2026-03-31"
        today="2026-02-15" locale="nb-NO"></goal-progress>`);
      await el.updateComplete;
      expect(text(part(el, 'details-toggle'))).to.equal('Flere detaljer');
    });

    it('never breaks a date across lines, however narrow the widget', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress value="1240000" target="1500000" start="2026-01-01"
        end="2026-03-31" today="2026-02-15" locale="en" style="display:block;width:150px"></goal-progress>`);
      (part(el, 'details') as HTMLDetailsElement).open = true;
      await el.updateComplete;
      const dates = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="projection"] .nowrap')];
      // "Mar 31, 2026" in the projection line, on one line box although the widget is narrower than the sentence.
      expect(dates.map((node) => node.textContent)).to.deep.equal(['Mar 31, 2026']);
      expect(part(el, 'projection')!.getClientRects().length).to.equal(1);
      expect(dates[0].getClientRects().length).to.equal(1);
      expect((part(el, 'projection') as HTMLElement).offsetHeight).to.be.above(dates[0].offsetHeight);
    });

    it('shows what it came to after the end without a disclosure', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress value="1380000" target="1500000" start="2026-01-01"
        end="2026-03-31" today="2026-04-10" locale="en"></goal-progress>`);
      expect(part(el, 'details')).to.equal(null);
      expect(text(part(el, 'remaining'))).to.equal('Short by 120,000 · Ended Mar 31, 2026');
    });
  });

  describe('the DESIGN.md snippet', () => {
    it('renders as written (English by default) with the figures worked out above', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress label="Q1 revenue" value="1240000" target="1500000"
        start="2026-01-01" end="2026-03-31" format="currency" currency="SEK" today="2026-02-15"></goal-progress>`);
      expect(text(part(el, 'label'))).to.equal('Q1 revenue');
      expect(part(el, 'value')!.textContent).to.equal(`SEK${NBSP}1,240,000`);
      expect(text(part(el, 'target'))).to.equal('of SEK 1,500,000');
      expect(text(part(el, 'status'))).to.equal('▲ Ahead · 82.7% of target');
      expect(text(part(el, 'remaining'))).to.equal('Remaining: SEK 260,000 · 45 days left');
      expect(text(part(el, 'needed'))).to.equal('Needed: SEK 5,778 per day');
      expect(text(part(el, 'projection'))).to.equal('Expected today: SEK 766,667 · Projected by Mar 31, 2026: SEK 2,426,087');
    });

    it('speaks Swedish with sv-SE: numbers, words and dates', async () => {
      const el = await mount({ ...Q1, today: '2026-02-15', locale: 'sv-SE' });
      expect(part(el, 'value')!.textContent).to.equal(`1${NBSP}240${NBSP}000${NBSP}kr`);
      expect(text(part(el, 'target'))).to.equal('av 1 500 000 kr');
      expect(text(part(el, 'status'))).to.equal('▲ Före plan · 82,7 % av målet');
      expect(text(part(el, 'remaining'))).to.equal('Kvar: 260 000 kr · 45 dagar kvar');
      expect(text(part(el, 'needed'))).to.equal('Behövs: 5 778 kr per dag');
      expect(text(part(el, 'projection'))).to.equal('Förväntat i dag: 766 667 kr · Prognos till 31 mars 2026: 2 426 087 kr');
      el.remove();
    });

    it('speaks Norwegian with nb-NO, also when the locale comes from a lang ancestor', async () => {
      const wrap = await fixture(html`<div lang="nb-NO">
        <goal-progress label="Q1" value="1240000" target="1500000" start="2026-01-01" end="2026-03-31"
          format="currency" currency="NOK" today="2026-02-15"></goal-progress></div>`);
      const el = wrap.querySelector('goal-progress')!;
      await el.updateComplete;
      expect(part(el, 'value')!.textContent).to.equal(`1${NBSP}240${NBSP}000${NBSP}kr`);
      expect(text(part(el, 'target'))).to.equal('av 1 500 000 kr');
      expect(text(part(el, 'status'))).to.equal('▲ Foran skjema · 82,7 % av målet');
      expect(text(part(el, 'remaining'))).to.equal('Gjenstår: 260 000 kr · 45 dager igjen');
      expect(text(part(el, 'needed'))).to.equal('Trengs: 5 778 kr per dag');
      expect(text(part(el, 'projection'))).to.equal('Forventet i dag: 766 667 kr · Prognose til 31. mars 2026: 2 426 087 kr');
      expect(gauge(el).getAttribute('aria-valuetext')).to.equal(
        `1${NBSP}240${NBSP}000${NBSP}kr av 1${NBSP}500${NBSP}000${NBSP}kr, foran skjema; forventet i dag 766${NBSP}667${NBSP}kr`,
      );
    });

    it('draws the bar: fill at the progress, pace marker at the expected share', async () => {
      const el = await mount({ ...Q1, today: '2026-02-15' });
      // fill 1 240 000 / 1 500 000 = 82.666…%; marker 46/90 = 51.111 %
      const fill = part(el, 'fill') as HTMLElement;
      expect(parseFloat(fill.style.inlineSize)).to.be.closeTo(82.6667, 1e-3);
      expect(parseFloat((part(el, 'marker') as HTMLElement).style.insetInlineStart)).to.be.closeTo(51.1111, 1e-3);
      expect(part(el, 'track')!.contains(fill)).to.equal(true);
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
      el.remove();
    });

    it('fires kpi-load with the unformatted value and the projection for the end date', async () => {
      let detail: { value: number; projection: number | null } | undefined;
      const el = await mount({ ...Q1, today: '2026-02-15' }, { 'kpi-load': (e) => (detail = (e as CustomEvent).detail) });
      expect(detail!.value).to.equal(1240000);
      // 1 240 000 × 90 / 46 (see above)
      expect(detail!.projection).to.be.closeTo((1240000 * 90) / 46, 1e-6);
      el.remove();
    });
  });

  describe('accessibility', () => {
    it('is a progressbar from baseline to target with a value text that tells status and pace', async () => {
      const el = await mount({ ...Q1, today: '2026-02-15' });
      const bar = gauge(el);
      expect(bar.getAttribute('aria-valuemin')).to.equal('0');
      expect(bar.getAttribute('aria-valuemax')).to.equal('1500000');
      expect(bar.getAttribute('aria-valuenow')).to.equal('1240000');
      expect(bar.getAttribute('aria-label')).to.equal('Q1 revenue');
      expect(bar.getAttribute('aria-valuetext')!.replace(/\s/g, ' ')).to.equal(
        'SEK 1,240,000 of SEK 1,500,000, ahead of pace; expected today SEK 766,667',
      );
      // The status is told in a word next to the icon, never by colour alone.
      const status = part(el, 'status')!;
      expect(status.querySelector('[aria-hidden="true"]')!.textContent).to.equal('▲');
      expect(status.className).to.equal('good');
      el.remove();
    });

    it('keeps aria-valuenow inside min..max when over target and for a goal to reduce', async () => {
      const over = await mount({ ...Q1, value: '1680000', today: '2026-02-15' });
      expect(gauge(over).getAttribute('aria-valuenow')).to.equal('1500000');
      // churn from 5 % down to 3 %: min is the target, max the baseline
      const churn = await mount({ value: '0.045', baseline: '0.05', target: '0.03', start: '2026-01-01', end: '2026-03-31', format: 'percent', today: '2026-02-15' });
      expect(gauge(churn).getAttribute('aria-valuemin')).to.equal('0.03');
      expect(gauge(churn).getAttribute('aria-valuemax')).to.equal('0.05');
      expect(gauge(churn).getAttribute('aria-valuenow')).to.equal('0.045');
      // progress (0.05 − 0.045) / (0.05 − 0.03) = 0.25 against an expected 0.5: ratio 0.5 → Behind
      expect(text(part(churn, 'status'))).to.equal('▼ Behind · 25% of target');
      // remaining 0.045 − 0.03 = 0.015 = 1.5 percentage points
      expect(text(part(churn, 'remaining'))).to.equal('1.5 pp to go · 45 days left');
      over.remove();
      churn.remove();
    });

    it('labels the gauge with a generic name when there is no label', async () => {
      const el = await mount({ value: '5', target: '10', start: '2026-01-01', end: '2026-01-10', today: '2026-01-06' });
      expect(gauge(el).getAttribute('aria-label')).to.equal('Goal progress');
      expect(part(el, 'label')).to.equal(null);
      el.remove();
    });
  });

  /*
   * The README's rate goal, churn 5 % → 3 %, at 4 % on 2026-02-15 (45 of Q1's 90 days passed, 45 left):
   * - progress (0.04 − 0.05) / (0.03 − 0.05) = 0.5; expected 0.05 + 0.5 × (−0.02) = 0.04; ratio 1 → On track.
   * - remaining 0.04 − 0.03 = 0.01 = 1 percentage point (not "1 %": that would be 1 % of something).
   * - a rate does not add up day by day: no "Needed … per day".
   * - projected 0.05 + (0.04 − 0.05) × 90/45 = 0.03 → 3 %.
   */
  describe('a rate goal (format="percent")', () => {
    const churn = { baseline: '0.05', target: '0.03', value: '0.04', start: '2026-01-01', end: '2026-03-31', format: 'percent', today: '2026-02-15' };

    it('tells the remaining distance in percentage points and shows nothing per day', async () => {
      const el = await mount(churn);
      expect(text(part(el, 'value'))).to.equal('4%');
      // A goal to reduce reads as one: "4%, target 3% or lower", "1 pp to go", not "4% of 3%".
      expect(text(part(el, 'target'))).to.equal('target 3% or lower');
      expect(text(el.shadowRoot!.querySelector('.figures'))).to.equal('4%, target 3% or lower');
      expect(text(part(el, 'status'))).to.equal('● On track · 50% of target');
      expect(text(part(el, 'remaining'))).to.equal('1 pp to go · 45 days left');
      expect(part(el, 'needed')).to.equal(null);
      expect(text(part(el, 'projection'))).to.equal('Expected today: 4% · Projected by Mar 31, 2026: 3%');
      expect(gauge(el).getAttribute('aria-valuetext')!.replace(/\s/g, ' ')).to.equal('4%, target 3% or lower, on pace; expected today 4%');
      el.remove();
    });

    it('per="week" does not bring it back, and the points suffix follows the language', async () => {
      const el = await mount({ ...churn, per: 'week', locale: 'nb-NO' });
      expect(text(part(el, 'remaining'))).to.equal('Gjenstår: 1 p.p. · 45 dager igjen');
      expect(part(el, 'needed')).to.equal(null);
      el.remove();
    });

    it('after the end: short by points', async () => {
      // 0.035 − 0.03 = 0.005 → 0.5 points
      const el = await mount({ ...churn, value: '0.035', today: '2026-04-10' });
      expect(text(part(el, 'remaining'))).to.equal('Short by 0.5 pp · Ended Mar 31, 2026');
      el.remove();
    });
  });

  /*
   * A plain-number goal (no currency), April 2026 seen on Thursday the 23rd: 22 of 30 days passed, 8 left.
   * - expected 2 000 000 × 23/30 = 1 533 333.33 → "1,533,333" (whole from 100 up, as money is; today has passed);
   * - remaining 2 000 000 − 1 382 100 = 617 900; per day 617 900 / 8 = 77 237.5 → "77,238";
   * - projected 1 382 100 × 30/23 = 1 802 739.13 → "1,802,739".
   */
  describe('a plain-number goal', () => {
    const april = { value: '1382100', target: '2000000', start: '2026-04-01', end: '2026-04-30', today: '2026-04-23' };

    it('shows whole numbers from 100 up, like money', async () => {
      const el = await mount(april);
      expect(text(part(el, 'value'))).to.equal('1,382,100');
      expect(text(part(el, 'remaining'))).to.equal('Remaining: 617,900 · 8 days left');
      expect(text(part(el, 'needed'))).to.equal('Needed: 77,238 per day');
      expect(text(part(el, 'projection'))).to.equal('Expected today: 1,533,333 · Projected by Apr 30, 2026: 1,802,739');
      // progress 1 382 100 / 2 000 000 = 0.691 against 23/30 = 0.767: ratio 0.901 → at risk
      expect(text(part(el, 'status'))).to.equal('◆ At risk · 69.1% of target');
      expect(gauge(el).getAttribute('aria-valuetext')).to.equal('1,382,100 of 2,000,000, at risk, a little behind pace; expected today 1,533,333');
      el.remove();
    });

    it('as a ring in Swedish: 550 000 over 30 days is 18 333 per day, not 18 333,33', async () => {
      const el = await mount({ value: '0', target: '550000', start: '2026-04-01', end: '2026-04-30', today: '2026-04-01', variant: 'ring', locale: 'sv-SE' });
      expect(text(part(el, 'needed'))).to.equal('Behövs: 18 333 per dag');
      el.remove();
    });
  });

  describe('statuses', () => {
    // Expected today 766 667 (see above). Projected progress = value × 90/46 / 1 500 000.
    const statusOf = async (value: string, extra: Record<string, string> = {}) => {
      const el = await mount({ ...Q1, value, today: '2026-02-15', ...extra });
      const result = { status: text(part(el, 'status')), className: part(el, 'status')!.className, el };
      el.remove();
      return result;
    };

    it('on track: 750 000 projects 750 000 × 90/46 = 1 467 391, 0.98 of the way', async () => {
      const { status, className } = await statusOf('750000');
      expect(status).to.equal('● On track · 50% of target');
      expect(className).to.equal('good');
    });

    it('at risk: 675 000 projects 1 320 652, 0.88 of the way', async () => {
      const { status, className } = await statusOf('675000');
      // 675 000 / 1 500 000 = 45 %
      expect(status).to.equal('◆ At risk · 45% of target');
      expect(className).to.equal('warn');
    });

    it('behind: 600 000 projects 1 173 913, 0.78 of the way', async () => {
      const { status, className } = await statusOf('600000');
      expect(status).to.equal('▼ Behind · 40% of target');
      expect(className).to.equal('bad');
    });

    it('over target: fill capped at 100 %, text says 112 %, status reached, nothing more needed', async () => {
      const el = await mount({ ...Q1, value: '1680000', today: '2026-02-15', locale: 'sv-SE' });
      // 1 680 000 / 1 500 000 = 1.12
      expect(text(part(el, 'status'))).to.equal('✓ Målet är nått · 112 % av målet');
      expect((part(el, 'fill') as HTMLElement).style.inlineSize).to.equal('100%');
      expect(part(el, 'remaining')).to.equal(null);
      expect(part(el, 'needed')).to.equal(null);
      expect(gauge(el).getAttribute('data-state')).to.equal('reached');
      el.remove();
    });

    it('before the start: not started, the start date, the whole need per day, no marker or projection', async () => {
      const el = await mount({ ...Q1, value: '0', today: '2025-12-15', locale: 'sv-SE' });
      expect(text(part(el, 'status'))).to.equal('○ Inte påbörjat · börjar 1 jan. 2026');
      expect(text(part(el, 'remaining'))).to.equal('Kvar: 1 500 000 kr');
      // 1 500 000 over all 90 days = 16 666.7 → 16 667 kr
      expect(text(part(el, 'needed'))).to.equal('Behövs: 16 667 kr per dag');
      expect(part(el, 'marker')).to.equal(null);
      expect(part(el, 'projection')).to.equal(null);
      // A whole amount under 100 drops its öre (the kit's currency rule): 0 kr, not 0,00 kr.
      expect(gauge(el).getAttribute('aria-valuetext')!.replace(/\s/g, ' ')).to.equal('0 kr av 1 500 000 kr, inte påbörjat än');
      el.remove();
    });

    it('after the end: target missed, short by the remainder, the end date; nothing needed', async () => {
      const el = await mount({ ...Q1, today: '2026-04-10', locale: 'sv-SE' });
      expect(text(part(el, 'status'))).to.equal('✕ Målet nåddes inte · 82,7 % av målet');
      expect(text(part(el, 'remaining'))).to.equal('Saknades 260 000 kr · Avslutades 31 mars 2026');
      expect(part(el, 'needed')).to.equal(null);
      expect(part(el, 'projection')).to.equal(null);
      expect(part(el, 'marker')).to.equal(null);
      el.remove();
    });

    it('after the end with the target reached: reached and the end date', async () => {
      const el = await mount({ ...Q1, value: '1500000', today: '2026-04-10' });
      expect(text(part(el, 'status'))).to.equal('✓ Target reached · 100% of target');
      expect(text(part(el, 'remaining'))).to.equal('Ended Mar 31, 2026');
      el.remove();
    });

    it('on the last day: 1 day left (singular)', async () => {
      const el = await mount({ ...Q1, today: '2026-03-31' });
      // 260 000 left for 1 day
      expect(text(part(el, 'remaining'))).to.equal('Remaining: SEK 260,000 · 1 day left');
      expect(text(part(el, 'needed'))).to.equal('Needed: SEK 260,000 per day');
      el.remove();
    });
  });

  describe('national holidays and the forecast in words', () => {
    // May 2026: 21 weekdays; Norway's 1 May (Fri), Ascension 14 May (Thu) and Whit Monday 25 May are holidays
    // (17 May is a Sunday): 18 working days. 1 800 000 over 18 working days = 100 000 per working day.
    const may = { target: '1800000', value: '0', start: '2026-05-01', end: '2026-05-31', pace: 'working', today: '2026-04-30', locale: 'en' };

    it('holidays="NO" gives 18 working days in May 2026', async () => {
      const el = await mount({ ...may, holidays: 'NO' });
      // The national calendars load the first time a country is named.
      await waitUntil(() => part(el, 'needed'), 'the calendars');
      expect(text(part(el, 'needed'))).to.equal('Needed: 100,000 per working day');
      el.remove();
      // Without holidays: 21 working days, 85 714 a day.
      const plain = await mount(may);
      expect(text(part(plain, 'needed'))).to.equal('Needed: 85,714 per working day');
      plain.remove();
    });

    it('mixes codes and dates, and takes them from a <kpi-dashboard>', async () => {
      // NO plus 29 May: 17 working days, 1 800 000 / 17 = 105 882.35.
      const el = await fixture<GoalProgress>(html`<kpi-dashboard holidays="NO,2026-05-29"><goal-progress target="1800000" value="0"
        start="2026-05-01" end="2026-05-31" pace="working" today="2026-04-30" locale="en"></goal-progress></kpi-dashboard>`);
      const goal = el.querySelector('goal-progress') as GoalProgress;
      await waitUntil(() => part(goal, 'needed'), 'the calendars');
      expect(text(part(goal, 'needed'))).to.equal('Needed: 105,882 per working day');
    });

    it('names a country code it has no calendar for, and the ones it has', async () => {
      let detail: KpiErrorDetail | undefined;
      const el = await mount({ ...may, holidays: 'NO,XX' }, { 'kpi-error': (e) => (detail = (e as CustomEvent).detail) });
      expect(detail!.code).to.equal('option');
      expect(text(part(el, 'error'))).to.equal('The holidays “XX” is not one of: NO, SE, DK, FI, NL, 2026-12-24.');
      el.remove();
    });

    it('says there is no forecast yet early in a period, rather than a run rate of noise', async () => {
      // 10 January: 10 of 90 days, under a fifth, and no history to lean on.
      const el = await mount({ ...Q1, today: '2026-01-10', value: '400000' });
      expect(text(part(el, 'projection'))).to.equal('Expected today: SEK 166,667 · No forecast yet: too early in the period');
      el.remove();
    });
  });

  describe('pace and per', () => {
    /*
     * Q1 2026 has 64 working days (Jan 22, Feb 20, Mar 22). Holidays Thu Jan 1 and Tue Jan 6 leave 62.
     * From Mon Feb 16 to Tue Mar 31: 10 + 22 = 32 working days left, so 62 − 32 = 30 have passed.
     * Expected = 1 500 000 × 30/62 = 725 806.45 → "725 806 kr".
     * Value 1 100 000: remaining 400 000 / 32 working days = 12 500 per working day.
     * Progress 1.1/1.5 = 0.7333 against 30/62 = 0.4839: ratio 1.52 → Ahead.
     */
    it('pace="working" with holidays: expected over working days, needed per working day', async () => {
      const el = await mount({ ...Q1, value: '1100000', today: '2026-02-15', locale: 'sv-SE', pace: 'working', holidays: '2026-01-01, 2026-01-06' });
      expect(text(part(el, 'needed'))).to.equal('Behövs: 12 500 kr per arbetsdag');
      expect(text(part(el, 'projection'))).to.match(/^Förväntat i dag: 725 806 kr · /);
      expect(text(part(el, 'status'))).to.equal('▲ Före plan · 73,3 % av målet');
      // marker at 30/62 = 48.387 %
      expect(parseFloat((part(el, 'marker') as HTMLElement).style.insetInlineStart)).to.be.closeTo(48.387, 1e-3);
      el.remove();
    });

    it('pace="working" without holidays: 32 of 64 working days passed, expected 750 000', async () => {
      const el = await mount({ ...Q1, value: '1100000', today: '2026-02-15', locale: 'sv-SE', pace: 'working' });
      expect(text(part(el, 'projection'))).to.match(/^Förväntat i dag: 750 000 kr · /);
      expect(text(part(el, 'needed'))).to.equal('Behövs: 12 500 kr per arbetsdag');
      el.remove();
    });

    it('per="week": 260 000 over 45 days is 260 000 × 7/45 = 40 444 per week', async () => {
      const el = await mount({ ...Q1, today: '2026-02-15', locale: 'sv-SE', per: 'week' });
      expect(text(part(el, 'needed'))).to.equal('Behövs: 40 444 kr per vecka');
      el.remove();
    });

    it('per="working-day" on calendar pace: 260 000 / 32 working days = 8 125', async () => {
      const el = await mount({ ...Q1, today: '2026-02-15', locale: 'sv-SE', per: 'working-day' });
      expect(text(part(el, 'needed'))).to.equal('Behövs: 8 125 kr per arbetsdag');
      el.remove();
    });
  });

  describe('ring variant', () => {
    it('renders an SVG ring whose arc is the progress share of the circumference', async () => {
      const el = await mount({ ...Q1, today: '2026-02-15', variant: 'ring' });
      const svg = part(el, 'ring')!;
      expect(svg.tagName.toLowerCase()).to.equal('svg');
      expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      const fill = svg.querySelector('[part~="fill"]')!;
      expect(fill.tagName).to.equal('circle');
      const [arc, circumference] = fill.getAttribute('stroke-dasharray')!.split(' ').map(Number);
      // r = 42: circumference 2π·42 = 263.894; arc 263.894 × 1 240 000/1 500 000 = 218.152
      expect(circumference).to.be.closeTo(263.894, 1e-3);
      expect(arc).to.be.closeTo(218.152, 1e-3);
      // marker at 46/90 of the circle = 184°
      expect(svg.querySelector('[part~="marker"]')!.getAttribute('transform')).to.equal('rotate(184 50 50)');
      expect(svg.querySelector('[part~="marker"]')!.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(text(el.shadowRoot!.querySelector('.center'))).to.equal('82.7%');
      // The role sits on the wrapper, the SVG is decoration.
      expect(gauge(el).contains(svg)).to.equal(true);
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      el.remove();
    });

    it('closes the ring over target', async () => {
      const el = await mount({ ...Q1, value: '1680000', today: '2026-02-15', variant: 'ring' });
      const [arc, circumference] = part(el, 'ring')!.querySelector('[part~="fill"]')!.getAttribute('stroke-dasharray')!.split(' ').map(Number);
      expect(arc).to.equal(circumference);
      el.remove();
    });
  });

  describe('kpi-goal-reached', () => {
    it('fires exactly once when el.value is raised past the target twice', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress value="1240000" target="1500000" start="2026-01-01"
        end="2026-03-31" today="2026-02-15"></goal-progress>`);
      const seen: unknown[] = [];
      el.addEventListener('kpi-goal-reached', (e) => seen.push((e as CustomEvent).detail));
      el.value = 1600000;
      await el.updateComplete;
      el.value = 1700000;
      await el.updateComplete;
      el.label = 're-render only';
      await el.updateComplete;
      expect(seen).to.deep.equal([{ value: 1600000, target: 1500000 }]);
    });

    it('fires again only after the value fell below the target and crossed it again', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress value="1240000" target="1500000" start="2026-01-01"
        end="2026-03-31" today="2026-02-15"></goal-progress>`);
      let count = 0;
      el.addEventListener('kpi-goal-reached', () => count++);
      for (const value of [1500000, 1400000, 1450000, 1550000, 1600000]) {
        el.value = value;
        await el.updateComplete;
      }
      // 1 500 000 reaches (1), 1 400 000 drops, 1 550 000 crosses again (2), 1 600 000 is a further increase
      expect(count).to.equal(2);
    });

    it('fires once on first load when the goal is already reached, bubbling and composed', async () => {
      const events: CustomEvent[] = [];
      const onBody = (e: Event) => events.push(e as CustomEvent);
      document.body.addEventListener('kpi-goal-reached', onBody);
      const el = await mount({ ...Q1, value: '1680000', today: '2026-02-15' });
      el.label = 'changed';
      await el.updateComplete;
      el.value = 1700000;
      await el.updateComplete;
      document.body.removeEventListener('kpi-goal-reached', onBody);
      expect(events).to.have.length(1);
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      expect(events[0].detail).to.deep.equal({ value: 1680000, target: 1500000 });
      el.remove();
    });

    it('fires when the target is lowered under the value', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress value="1240000" target="1500000" start="2026-01-01"
        end="2026-03-31" today="2026-02-15"></goal-progress>`);
      setTimeout(() => (el.target = 1200000));
      const { detail } = await oneEvent(el, 'kpi-goal-reached');
      expect(detail).to.deep.equal({ value: 1240000, target: 1200000 });
    });
  });

  describe('property updates', () => {
    it('re-renders for value, target, variant, locale and today set as properties', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress value="1240000" target="1500000" start="2026-01-01"
        end="2026-03-31" today="2026-02-15"></goal-progress>`);
      expect(text(part(el, 'value'))).to.equal('1,240,000');
      el.value = 1300000;
      await el.updateComplete;
      expect(text(part(el, 'value'))).to.equal('1,300,000');
      el.target = '2 000 000';
      await el.updateComplete;
      expect(text(part(el, 'target'))).to.equal('of 2,000,000');
      // 1 300 000 / 2 000 000 = 65 %
      expect(text(part(el, 'status'))).to.match(/· 65% of target$/);
      el.variant = 'ring';
      await el.updateComplete;
      expect(part(el, 'ring')).to.not.equal(null);
      el.locale = 'nb-NO';
      await el.updateComplete;
      expect(part(el, 'value')!.textContent).to.equal(`1${NBSP}300${NBSP}000`);
      // 2026-03-01: Jan 31 + Feb 28 + today = 60 days passed of 90 → expected 2 000 000 × 60/90 = 1 333 333.3 → 1 333 333
      el.today = '2026-03-01';
      await el.updateComplete;
      expect(gauge(el).getAttribute('aria-valuetext')!.replace(/\s/g, ' ')).to.equal(
        '1 300 000 av 2 000 000, i rute; forventet i dag 1 333 333',
      );
    });

    it('takes holidays as an array property', async () => {
      const el = await mount({ ...Q1, value: '1100000', today: '2026-02-15', locale: 'sv-SE', pace: 'working' });
      el.holidays = ['2026-01-01', '2026-01-06'];
      await el.updateComplete;
      expect(text(part(el, 'projection'))).to.match(/^Förväntat i dag: 725 806 kr · /);
      el.remove();
    });
  });

  describe('inline data', () => {
    it('reads a GoalDoc from the data attribute; attributes win over its fields', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress today="2026-02-15" locale="sv-SE" target="2000000"
        data='{"label":"Q1","value":1240000,"target":1500000,"start":"2026-01-01","end":"2026-03-31","format":"currency","currency":"SEK"}'></goal-progress>`);
      await oneEventOrNow(el);
      expect(text(part(el, 'label'))).to.equal('Q1');
      expect(text(part(el, 'target'))).to.equal('av 2 000 000 kr');
    });

    it('reads a GoalDoc from a <script type="application/json"> child', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress today="2026-02-15" locale="sv-SE" format="currency" currency="SEK">
        <script type="application/json">{"value": 1240000, "target": 1500000, "start": "2026-01-01", "end": "2026-03-31"}</script>
      </goal-progress>`);
      await oneEventOrNow(el);
      expect(text(part(el, 'status'))).to.equal('▲ Före plan · 82,7 % av målet');
    });

    it('says what is wrong with a data attribute that is not a GoalDoc', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress today="2026-02-15"
        data='{"value":"lots","target":1500000,"start":"2026-01-01","end":"2026-03-31"}'></goal-progress>`);
      await oneEventOrNow(el, 'kpi-error');
      expect(text(part(el, 'error'))).to.contain('value: expected a number');
    });
  });

  describe('src', () => {
    it('loads a GoalDoc from JSON with select, after a loading skeleton', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress today="2026-02-15" locale="sv-SE"
        src="/api/fixture/goal-progress-goals.json?key=gp-json&delay=150" select="goals.q1"></goal-progress>`);
      expect(part(el, 'skeleton')).to.not.equal(null);
      expect(part(el, 'value')).to.equal(null);
      const { detail } = await oneEvent(el, 'kpi-load');
      await el.updateComplete;
      expect(detail.value).to.equal(1240000);
      expect(text(part(el, 'label'))).to.equal('Q1 revenue');
      expect(text(part(el, 'value'))).to.equal('1 240 000 kr');
      expect(text(part(el, 'needed'))).to.equal('Behövs: 5 778 kr per dag');
      expect(part(el, 'skeleton')).to.equal(null);
    });

    it('fills the fields a document lacks from attributes', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress today="2026-02-15" locale="sv-SE" target="1500000"
        start="2026-01-01" end="2026-03-31" src="/api/fixture/goal-progress-goals.json?key=gp-partial" select="goals.partial"></goal-progress>`);
      await oneEvent(el, 'kpi-load');
      await el.updateComplete;
      expect(text(part(el, 'status'))).to.equal('▲ Före plan · 82,7 % av målet');
    });

    it('takes a bare number as the value', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress today="2026-02-15" target="1500000" start="2026-01-01"
        end="2026-03-31" src="/api/fixture/goal-progress-goals.json?key=gp-number" select="goals.q1.value"></goal-progress>`);
      const { detail } = await oneEvent(el, 'kpi-load');
      expect(detail.value).to.equal(1240000);
    });

    it('shows a schema error for a malformed document', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress today="2026-02-15"
        src="/api/fixture/goal-progress-goals.json?key=gp-broken" select="goals.broken"></goal-progress>`);
      const { detail } = await oneEvent(el, 'kpi-error');
      await el.updateComplete;
      expect(detail.code).to.equal('schema');
      expect(text(part(el, 'error'))).to.contain('value: expected a number');
    });

    it('shows a readable error when the source answers 404', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress today="2026-02-15" src="/api/status/404"></goal-progress>`);
      const { detail } = await oneEvent(el, 'kpi-error');
      await el.updateComplete;
      expect(detail.code).to.equal('http');
      expect(text(part(el, 'error'))).to.equal('The data source answered with error 404. Check the address in src.');
    });

    /*
     * goal-progress-deals.csv, won deals closed in 2026-Q1: G1 400 000 (Jan 20), G2 350 000 (Feb 3),
     * G4 100 000 (Feb 12) = 850 000. (G3 is lost, G5 open, G6 closed in December.)
     * Period 2026-Q1 gives start Jan 1 and end Mar 31; on Feb 15 the line expects 1 500 000 × 46/90 = 766 667.
     * 850 000 / 1 500 000 = 56.7 %; projected 850 000 × 90/46 = 1 663 043 → 1.11 of the way → Ahead.
     * Needed 650 000 / 45 = 14 444.
     */
    it('computes the value from records with kpi and period; start and end come from the period', async () => {
      const el = await fixture<GoalProgress>(html`<goal-progress today="2026-02-15" locale="sv-SE" currency="SEK"
        target="1500000" src="/api/fixture/goal-progress-deals.csv?key=gp-csv" kpi="revenue" period="2026-Q1"></goal-progress>`);
      const { detail } = await oneEvent(el, 'kpi-load');
      await el.updateComplete;
      expect(detail.value).to.equal(850000);
      expect(text(part(el, 'value'))).to.equal('850 000 kr');
      expect(text(part(el, 'status'))).to.equal('▲ Före plan · 56,7 % av målet');
      expect(text(part(el, 'needed'))).to.equal('Behövs: 14 444 kr per dag');
      expect(text(part(el, 'projection'))).to.equal('Förväntat i dag: 766 667 kr · Prognos till 31 mars 2026: 1 663 043 kr');
    });

    it('shows the empty state when the KPI has no value for the period', async () => {
      // The fixture's first row is dated 1 November 2025, so 2025-Q1 is before the data: no value, and it says why.
      const el = await fixture<GoalProgress>(html`<goal-progress today="2026-02-15" target="0.3"
        src="/api/fixture/goal-progress-deals.csv?key=gp-empty" kpi="win-rate" period="2025-Q1"></goal-progress>`);
      const { detail } = await oneEvent(el, 'kpi-load');
      await el.updateComplete;
      expect(detail.value).to.equal(null);
      expect(text(part(el, 'empty'))).to.equal('The data starts on November 1, 2025; this period ends before it.');
      expect(gauge(el)).to.equal(null);
    });
  });

  describe('malformed attributes', () => {
    const cases: Array<[string, Record<string, string>, string, string]> = [
      ['target not a number', { target: 'lots' }, 'number', 'The target “lots” is not a number.'],
      ['start after end', { start: '2026-03-31', end: '2026-01-01' }, 'goal', 'The goal ends (2026-01-01) before it starts (2026-03-31). Check start and end.'],
      ['a bad date', { end: '2026-02-30' }, 'date', 'The end “2026-02-30” is not a date. Write it as 2026-03-31.'],
      ['a bad holiday', { pace: 'working', holidays: '2026-01-01,someday' }, 'date', 'The holidays “someday” is not a date. Write it as 2026-03-31.'],
      ['an unknown pace', { pace: 'fast' }, 'option', 'The pace “fast” is not one of: calendar, working.'],
      ['an unknown variant', { variant: 'donut' }, 'option', 'The variant “donut” is not one of: bar, ring.'],
      ['no target', { target: '' }, 'goal', 'The goal has no target. Add target="1500000", for example.'],
      ['no start', { start: '' }, 'goal', 'The goal has no start date. Add start="2026-01-01", for example.'],
    ];
    for (const [name, attributes, code, message] of cases) {
      it(`${name}: a readable message and one kpi-error; the sibling is unaffected`, async () => {
        const errors: KpiErrorDetail[] = [];
        const wrap = document.createElement('div');
        wrap.addEventListener('kpi-error', (e) => errors.push((e as CustomEvent<KpiErrorDetail>).detail));
        const bad = document.createElement('goal-progress');
        for (const [key, value] of Object.entries({ ...Q1, today: '2026-02-15', ...attributes })) bad.setAttribute(key, value);
        const good = document.createElement('goal-progress');
        for (const [key, value] of Object.entries({ ...Q1, today: '2026-02-15' })) good.setAttribute(key, value);
        wrap.append(bad, good);
        document.body.append(wrap);
        await bad.updateComplete;
        await good.updateComplete;
        bad.label = 'still broken';
        await bad.updateComplete;
        expect(text(part(bad, 'error'))).to.equal(message);
        expect(part(bad, 'error')!.getAttribute('role')).to.equal('alert');
        expect(errors.map((e) => e.code)).to.deep.equal([code]);
        expect(errors[0].message).to.equal(message);
        expect(text(part(good, 'status'))).to.equal('▲ Ahead · 82.7% of target');
        wrap.remove();
      });
    }

    it('recovers when the attribute is corrected', async () => {
      const el = await mount({ ...Q1, today: '2026-02-15', target: 'lots' });
      expect(part(el, 'error')).to.not.equal(null);
      el.setAttribute('target', '1500000');
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(text(part(el, 'status'))).to.equal('▲ Ahead · 82.7% of target');
      el.remove();
    });

    it('translates the goal’s own errors (nb)', async () => {
      const el = await mount({ ...Q1, today: '2026-02-15', locale: 'nb-NO', start: '2026-03-31', end: '2026-01-01' });
      expect(text(part(el, 'error'))).to.equal('Målet slutter (2026-01-01) før det starter (2026-03-31). Sjekk start og end.');
      el.remove();
    });

    it('shows the empty state, not an error, when only the value is missing', async () => {
      const el = await mount({ ...Q1, value: '', today: '2026-02-15' });
      expect(text(part(el, 'empty'))).to.equal('No data for this period.');
      el.remove();
    });
  });

  describe('theme', () => {
    it('takes the theme attribute', async () => {
      const el = await mount({ ...Q1, today: '2026-02-15', theme: 'dark' });
      expect(el.dataset.kpiTheme).to.equal('dark');
      const fill = getComputedStyle(part(el, 'fill')!).backgroundColor;
      el.theme = 'light';
      await el.updateComplete;
      expect(el.dataset.kpiTheme).to.equal('light');
      expect(getComputedStyle(part(el, 'fill')!).backgroundColor).to.not.equal(fill);
      el.remove();
    });
  });
});

/** Inline documents are validated lazily (the schemas load on demand): wait for the event unless it already came. */
async function oneEventOrNow(el: GoalProgress, type = 'kpi-load'): Promise<void> {
  const controller = (el as unknown as { goal: { status: string } }).goal;
  if (controller.status !== 'complete' && controller.status !== 'error') await oneEvent(el, type);
  await el.updateComplete;
  await aTimeout(0);
}

describe('<goal-progress> with kpi and no label', () => {
  /* goal-progress-deals.csv: 850 000 won in 2026-Q1 (see "src" above). */
  it('takes the KPI\'s name from the catalogue as its title and the gauge\'s name, in the widget\'s language', async () => {
    const el = await fixture<GoalProgress>(html`<goal-progress today="2026-02-15" target="1500000" kpi="revenue" period="2026-Q1"
      src="/api/fixture/goal-progress-deals.csv?key=gp-kpi-name"></goal-progress>`);
    await oneEventOrNow(el);
    expect(text(part(el, 'label'))).to.equal('Revenue');
    expect(gauge(el).getAttribute('aria-label')).to.equal('Revenue');
    el.setAttribute('locale', 'nb-NO');
    await el.updateComplete;
    expect(text(part(el, 'label'))).to.equal('Omsetning');
    expect(gauge(el).getAttribute('aria-label')).to.equal('Omsetning');
    // An own label still wins.
    el.label = 'Q1';
    await el.updateComplete;
    expect(text(part(el, 'label'))).to.equal('Q1');
    expect(gauge(el).getAttribute('aria-label')).to.equal('Q1');
  });
});
