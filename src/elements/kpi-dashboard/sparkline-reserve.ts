import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Marks a dashboard with `data-kpi-sparklines` while any card inside it
 * shows a sparkline (a card marks itself `data-kpi-sparkline`). The
 * dashboard's stylesheet then keeps a sparkline's room in every card, so the
 * deltas of a row stay on one line whether or not a card has a trend.
 */
export class SparklineReserve implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.check());
    this.observer.observe(this.host, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-kpi-sparkline'] });
    this.check();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private check(): void {
    this.host.toggleAttribute('data-kpi-sparklines', this.host.querySelector('[data-kpi-sparkline]') !== null);
  }
}
