import type { t } from '../i18n.js';
import type { dataProblemText } from '../data-problems.js';
import type { cardText } from '../../kpi-card/kpi-card.strings.js';
import type { goalText } from '../../goal-progress/goal-progress.strings.js';
import type { funnelText } from '../../kpi-funnel/kpi-funnel.strings.js';
import type { chartText } from '../../trend-chart/trend-chart.strings.js';
import type { noteText } from '../data-problems.js';

/** Every key of a table declared with defineStrings. */
type Words<F extends (lang: never, key: never, params?: never) => string> = Record<Parameters<F>[1], string>;

/**
 * One language's words for every widget, keyed by the names given to
 * defineStrings. `satisfies Translation` in each lang/<lang>.ts makes a
 * missing or misspelt key a compile error.
 */
export interface Translation {
  common: Words<typeof t>;
  'data-problems': Words<typeof dataProblemText>;
  'kpi-card': Words<typeof cardText>;
  'goal-progress': Words<typeof goalText>;
  'kpi-funnel': Words<typeof funnelText>;
  'trend-chart': Words<typeof chartText>;
  'data-note': Words<typeof noteText>;
}
