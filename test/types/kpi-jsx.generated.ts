// Generated from custom-elements.json by scripts/manifest-outputs.mjs; do not edit.
import type * as Kit from '../../src/classes.js';
import type { DataQuality } from '../../src/core/quality.js';
import type { FunnelStageInput } from '../../src/core/funnel.js';
import type { KpiErrorDetail } from '../../src/elements/shared/problems.js';
import type { SeriesPoint } from '../../src/core/evaluate.js';
import type { StageSelectDetail } from '../../src/elements/kpi-funnel/kpi-funnel.js';
import type { TableSort } from '../../src/core/table-view.js';

/** What JSX may put on any of the kit's elements besides its own properties and events. */
export type KitCommon = {
  class?: string;
  className?: string;
  id?: string;
  slot?: string;
  lang?: string;
  dir?: string;
  title?: string;
  hidden?: boolean;
  role?: string;
  tabIndex?: number;
  style?: string | Record<string, string | number>;
  children?: unknown;
  key?: string | number;
  ref?: unknown;
  [attribute: `aria-${string}`]: string | number | boolean | undefined;
  [attribute: `data-${string}`]: string | number | boolean | undefined;
};

/**
 * Each element's properties (rich data such as `series` or `stages` as arrays and
 * objects, which React 19 sets as properties), its dashed attributes, and its events
 * (`onkpi-load`…) with their `detail` types.
 */
export interface KpiIntrinsicElements {
  'funnel-stage': KitCommon & {
    /** How many leads or deals reached this stage. */
    'value'?: string | number;
    /** The value in the previous period, for the delta of a lone stage. */
    'previous'?: string | number;
    /** Win probability 0..1 (or "40 %"), for the weighted value. */
    'probability'?: string | number;
    /** Average days spent in the stage. */
    'avgDays'?: string | number;
    /** Attribute of `avgDays`. */
    'avg-days'?: string | number;
    /** Money in the stage, for the weighted value. */
    'amount'?: string | number;
    /** Title shown on the widget. */
    'label'?: string;
    /** URL of JSON or CSV data. Widgets with the same `src` share one request. */
    'src'?: string;
    /** URL of a KPI server (kpi-widgets/server) that computes `kpi` instead of the browser, on `<kpi-card>`, `<trend-chart>` and `<goal-progress>`: the widget sends its question (kpi, period, compare, filter, fields, today; a chart also granularity) and shows the answer. Widgets with the same endpoint send their questions in one request for the page (a batch gathers what the widgets ask at about the same time); `refresh` asks again with the batch's ETag. What only records can do (a forecast from history) is left out; see docs/server.md. */
    'endpoint'?: string;
    /** Dot path into a fetched JSON document, e.g. `kpis.mrr`. */
    'select'?: string;
    /** A KPI id from the catalogue, computed from records. */
    'kpi'?: string;
    /** Maps record columns onto canonical ones: `value:close_value,closed:close_date`. */
    'fields'?: string;
    /** `this-month`, `2026-Q1`, `2026-W12`, `2026-01-01/2026-03-31`, `rolling-30d`… */
    'period'?: string;
    /** `previous-period`, `previous-year` or `none`. */
    'compare'?: string;
    /** `owner=Anna Berg;source=web`. */
    'filter'?: string;
    /** BCP 47 tag; default: the dashboard's, then the nearest `lang` ancestor, then the document. A tag that is not well-formed, or that the browser has no number formats for (`norsk`), is an error. */
    'locale'?: string;
    /** ISO 4217 code such as NOK, SEK, DKK, EUR; anything else (`kroner`) is an error. */
    'currency'?: string;
    /** `number`, `currency`, `percent`, `compact`, `days` or `hours`. */
    'format'?: string;
    /** Seconds between re-fetches of `src` (`60`, `7,5`), at least 5; `0` or absent: none. Paused while the tab is hidden. Below 5, negative or not a number is an error. */
    'refresh'?: string | number;
    /** `light` (default), `dark` or `auto` (follows prefers-color-scheme); another word is an error. */
    'theme'?: string;
    /** Fetch credentials for `src`: `same-origin` (default), `include` or `omit`. */
    'credentials'?: RequestCredentials;
    /** Time limit for fetching `src`, in seconds (`15`, `2.5`) or with a unit (`500ms`, `2s`); `0` waits as long as the browser does. Default 15 seconds. Checked also without `src`. */
    'timeout'?: string | number;
    /** The largest body read from `src`: `50MB` (default), `500kB`, `1GB`; a bare number is megabytes. A larger body stops being read and the widget says so. */
    'maxSize'?: string | number;
    /** Attribute of `maxSize`. */
    'max-size'?: string | number;
    /** The date the widget treats as today (`2026-03-15`); default: the real local date. For demos and tests. */
    'today'?: string;
    /** How the data's dates that could be read either way (`3/4/2024`) are read: `dmy`, `mdy` or `ymd`. Default: what a date of the file proves (all date columns together), else the widget's locale (en-US month-first). */
    'dateOrder'?: string;
    /** Attribute of `dateOrder`. */
    'date-order'?: string;
    /** Extra stage or status words meaning won, comma-separated: `Ganada,Closed - Won by partner`. */
    'won'?: string;
    /** Extra stage or status words meaning lost, comma-separated: `Perdida por licitación,Descartada`. */
    'lost'?: string;
    /** Win probability per stage for `weighted-pipeline`, for deals without their own: `Prospecting:10,Proposal:50`. */
    'probabilities'?: string;
    /** Hides the data note ("3 of 500 rows left out"); `kpi-load` still carries `detail.quality`. */
    'hideDataNote'?: boolean;
    /** Attribute of `hideDataNote`. */
    'hide-data-note'?: boolean;
    /** URL of a goals document (CSV or JSON: owner/team/customer, kpi, period, target): the target for the widget's KPI, period and `filter`'s owner, customer or team, spread pro rata from a longer period. Read by the card (its target), the goal, the chart (its budget) and the table. */
    'goals'?: string;
    /** Owners' teams, for `filter="team=Vest"` and `group-by="team"`: `Anna Berg:Vest,Ola Nordmann:Øst` or the URL of a teams document. */
    'teams'?: string;
    /** Standing alone, after each resolve. `detail`: `{ value }`, the stage's value. */
    'onkpi-load'?: (event: CustomEvent<{ value: number | null }>) => void;
    /** Standing alone: a bad attribute; inside a funnel the funnel reports it. `detail` (KpiErrorDetail): `{ code, message }` and, where they apply, `attribute`, `value`, `status`, `url`. */
    'onkpi-error'?: (event: CustomEvent<KpiErrorDetail>) => void;
  };
  'goal-progress': KitCommon & {
    /** The current value ("1240000", "1 240 000"), or a number as a property. */
    'value'?: number | string;
    /** The value to reach by `end`. Below `baseline` for a goal to reduce (churn from 5 % to 3 %). */
    'target'?: number | string;
    /** Where the goal starts from at `start` (default 0). */
    'baseline'?: number | string;
    /** First day of the goal, `2026-01-01`. With `kpi`, defaults to the period's first day. */
    'start'?: string;
    /** Last day of the goal, `2026-03-31`. With `kpi`, defaults to the period's last day. */
    'end'?: string;
    /** `calendar` (default) or `working`: the expected line runs over working days (weekends and holidays are flat). Inherited from a `<kpi-dashboard>`. */
    'pace'?: string;
    /** Days off for working days: country codes for national holidays (`NO`, `SE`, `DK`, `FI`, `NL`) and dates, mixed: `NO,2026-12-24`, or an array as a property. Inherited from a `<kpi-dashboard>`. */
    'holidays'?: string | string[];
    /** `bar` (default) or `ring`. */
    'variant'?: string;
    /** What "Needed" is per: `day`, `week` or `working-day` (default `working-day` with `pace="working"`, else `day`). A rate goal (`format="percent"` or a rate KPI) shows no "Needed": a rate does not add up day by day. */
    'per'?: string;
    /** Inline GoalDoc `{ value, target, baseline?, start, end, … }`, JSON or object. */
    'data'?: string | object;
    /** Title shown on the widget. */
    'label'?: string;
    /** URL of JSON or CSV data. Widgets with the same `src` share one request. */
    'src'?: string;
    /** URL of a KPI server (kpi-widgets/server) that computes `kpi` instead of the browser, on `<kpi-card>`, `<trend-chart>` and `<goal-progress>`: the widget sends its question (kpi, period, compare, filter, fields, today; a chart also granularity) and shows the answer. Widgets with the same endpoint send their questions in one request for the page (a batch gathers what the widgets ask at about the same time); `refresh` asks again with the batch's ETag. What only records can do (a forecast from history) is left out; see docs/server.md. */
    'endpoint'?: string;
    /** Dot path into a fetched JSON document, e.g. `kpis.mrr`. */
    'select'?: string;
    /** A KPI id from the catalogue, computed from records. */
    'kpi'?: string;
    /** Maps record columns onto canonical ones: `value:close_value,closed:close_date`. */
    'fields'?: string;
    /** `this-month`, `2026-Q1`, `2026-W12`, `2026-01-01/2026-03-31`, `rolling-30d`… */
    'period'?: string;
    /** `previous-period`, `previous-year` or `none`. */
    'compare'?: string;
    /** `owner=Anna Berg;source=web`. */
    'filter'?: string;
    /** BCP 47 tag; default: the dashboard's, then the nearest `lang` ancestor, then the document. A tag that is not well-formed, or that the browser has no number formats for (`norsk`), is an error. */
    'locale'?: string;
    /** ISO 4217 code such as NOK, SEK, DKK, EUR; anything else (`kroner`) is an error. */
    'currency'?: string;
    /** `number`, `currency`, `percent`, `compact`, `days` or `hours`. */
    'format'?: string;
    /** Seconds between re-fetches of `src` (`60`, `7,5`), at least 5; `0` or absent: none. Paused while the tab is hidden. Below 5, negative or not a number is an error. */
    'refresh'?: string | number;
    /** `light` (default), `dark` or `auto` (follows prefers-color-scheme); another word is an error. */
    'theme'?: string;
    /** Fetch credentials for `src`: `same-origin` (default), `include` or `omit`. */
    'credentials'?: RequestCredentials;
    /** Time limit for fetching `src`, in seconds (`15`, `2.5`) or with a unit (`500ms`, `2s`); `0` waits as long as the browser does. Default 15 seconds. Checked also without `src`. */
    'timeout'?: string | number;
    /** The largest body read from `src`: `50MB` (default), `500kB`, `1GB`; a bare number is megabytes. A larger body stops being read and the widget says so. */
    'maxSize'?: string | number;
    /** Attribute of `maxSize`. */
    'max-size'?: string | number;
    /** The date the widget treats as today (`2026-03-15`); default: the real local date. For demos and tests. */
    'today'?: string;
    /** How the data's dates that could be read either way (`3/4/2024`) are read: `dmy`, `mdy` or `ymd`. Default: what a date of the file proves (all date columns together), else the widget's locale (en-US month-first). */
    'dateOrder'?: string;
    /** Attribute of `dateOrder`. */
    'date-order'?: string;
    /** Extra stage or status words meaning won, comma-separated: `Ganada,Closed - Won by partner`. */
    'won'?: string;
    /** Extra stage or status words meaning lost, comma-separated: `Perdida por licitación,Descartada`. */
    'lost'?: string;
    /** Win probability per stage for `weighted-pipeline`, for deals without their own: `Prospecting:10,Proposal:50`. */
    'probabilities'?: string;
    /** Hides the data note ("3 of 500 rows left out"); `kpi-load` still carries `detail.quality`. */
    'hideDataNote'?: boolean;
    /** Attribute of `hideDataNote`. */
    'hide-data-note'?: boolean;
    /** URL of a goals document (CSV or JSON: owner/team/customer, kpi, period, target): the target for the widget's KPI, period and `filter`'s owner, customer or team, spread pro rata from a longer period. Read by the card (its target), the goal, the chart (its budget) and the table. */
    'goals'?: string;
    /** Owners' teams, for `filter="team=Vest"` and `group-by="team"`: `Anna Berg:Vest,Ola Nordmann:Øst` or the URL of a teams document. */
    'teams'?: string;
    /** After each resolve. `detail`: `{ value, projection }`, the unformatted value (null when empty) and the value forecast for the end date (null while it is too early to tell). With records, `detail.quality`: rows read, rows used, the issues (row, field, value, code) and a count per code. */
    'onkpi-load'?: (event: CustomEvent<{ value: number | null; projection: number | null; quality?: DataQuality }>) => void;
    /** A bad attribute, document or source. `detail` (KpiErrorDetail): `{ code, message }` and, where they apply, `attribute`, `value`, `status`, `url`. */
    'onkpi-error'?: (event: CustomEvent<KpiErrorDetail>) => void;
    /** The value reached the target: once when it crosses it, again only after it fell below and crossed again. A goal that is already reached when it first loads fires it once. `detail`: `{ value, target }`, both unformatted numbers. */
    'onkpi-goal-reached'?: (event: CustomEvent<{ value: number; target: number }>) => void;
  };
  'kpi-card': KitCommon & {
    /** The current value ("182400", "1 234,50"), or a number as a property. */
    'value'?: number | string;
    /** The baseline the delta compares with. */
    'previous'?: number | string;
    /** A target: shows the share of it reached. */
    'target'?: number | string;
    /** Sparkline data: `[{"date":"2026-01","value":120}, …]` as JSON or an array. */
    'series'?: string | unknown[];
    /** Inline document `{ value, previous?, target?, series?, label?, format?, currency? }`, JSON or object. */
    'data'?: string | object;
    /** Which way is good when there is no `kpi`: `up` (default), `down` or `neutral`. */
    'direction'?: string;
    /** How the change is shown: `auto` (points for rates, else relative), `absolute` or `relative`. */
    'delta'?: string;
    /** With `src` and `kpi`: a sparkline of the KPI over the periods up to this one, each as long as `period` (a day: 14, week 12, month 12, quarter 8, year 5, rolling or custom 8), so it ends at the value shown: `this-month` draws the last 12 months, this one so far. A `series` is drawn as given. */
    'sparkline'?: boolean;
    /** `calendar` (default) or `working`: the days the sparkline's "on pace for" forecast counts. Inherited from a `<kpi-dashboard>`. */
    'pace'?: string;
    /** Days off for `pace="working"`: country codes (`NO`, `SE`, `DK`, `FI`, `NL`) and dates, mixed. Inherited from a `<kpi-dashboard>`. */
    'holidays'?: string | string[];
    /** Drill-down link; only http, https and relative addresses are used. */
    'href'?: string;
    /** Density: `s` (small type, tight padding), `m` (default) or `l` (a headline number for a wall screen). */
    'size'?: string;
    /** Title shown on the widget. */
    'label'?: string;
    /** URL of JSON or CSV data. Widgets with the same `src` share one request. */
    'src'?: string;
    /** URL of a KPI server (kpi-widgets/server) that computes `kpi` instead of the browser, on `<kpi-card>`, `<trend-chart>` and `<goal-progress>`: the widget sends its question (kpi, period, compare, filter, fields, today; a chart also granularity) and shows the answer. Widgets with the same endpoint send their questions in one request for the page (a batch gathers what the widgets ask at about the same time); `refresh` asks again with the batch's ETag. What only records can do (a forecast from history) is left out; see docs/server.md. */
    'endpoint'?: string;
    /** Dot path into a fetched JSON document, e.g. `kpis.mrr`. */
    'select'?: string;
    /** A KPI id from the catalogue, computed from records. */
    'kpi'?: string;
    /** Maps record columns onto canonical ones: `value:close_value,closed:close_date`. */
    'fields'?: string;
    /** `this-month`, `2026-Q1`, `2026-W12`, `2026-01-01/2026-03-31`, `rolling-30d`… */
    'period'?: string;
    /** `previous-period`, `previous-year` or `none`. */
    'compare'?: string;
    /** `owner=Anna Berg;source=web`. */
    'filter'?: string;
    /** BCP 47 tag; default: the dashboard's, then the nearest `lang` ancestor, then the document. A tag that is not well-formed, or that the browser has no number formats for (`norsk`), is an error. */
    'locale'?: string;
    /** ISO 4217 code such as NOK, SEK, DKK, EUR; anything else (`kroner`) is an error. */
    'currency'?: string;
    /** `number`, `currency`, `percent`, `compact`, `days` or `hours`. */
    'format'?: string;
    /** Seconds between re-fetches of `src` (`60`, `7,5`), at least 5; `0` or absent: none. Paused while the tab is hidden. Below 5, negative or not a number is an error. */
    'refresh'?: string | number;
    /** `light` (default), `dark` or `auto` (follows prefers-color-scheme); another word is an error. */
    'theme'?: string;
    /** Fetch credentials for `src`: `same-origin` (default), `include` or `omit`. */
    'credentials'?: RequestCredentials;
    /** Time limit for fetching `src`, in seconds (`15`, `2.5`) or with a unit (`500ms`, `2s`); `0` waits as long as the browser does. Default 15 seconds. Checked also without `src`. */
    'timeout'?: string | number;
    /** The largest body read from `src`: `50MB` (default), `500kB`, `1GB`; a bare number is megabytes. A larger body stops being read and the widget says so. */
    'maxSize'?: string | number;
    /** Attribute of `maxSize`. */
    'max-size'?: string | number;
    /** The date the widget treats as today (`2026-03-15`); default: the real local date. For demos and tests. */
    'today'?: string;
    /** How the data's dates that could be read either way (`3/4/2024`) are read: `dmy`, `mdy` or `ymd`. Default: what a date of the file proves (all date columns together), else the widget's locale (en-US month-first). */
    'dateOrder'?: string;
    /** Attribute of `dateOrder`. */
    'date-order'?: string;
    /** Extra stage or status words meaning won, comma-separated: `Ganada,Closed - Won by partner`. */
    'won'?: string;
    /** Extra stage or status words meaning lost, comma-separated: `Perdida por licitación,Descartada`. */
    'lost'?: string;
    /** Win probability per stage for `weighted-pipeline`, for deals without their own: `Prospecting:10,Proposal:50`. */
    'probabilities'?: string;
    /** Hides the data note ("3 of 500 rows left out"); `kpi-load` still carries `detail.quality`. */
    'hideDataNote'?: boolean;
    /** Attribute of `hideDataNote`. */
    'hide-data-note'?: boolean;
    /** URL of a goals document (CSV or JSON: owner/team/customer, kpi, period, target): the target for the widget's KPI, period and `filter`'s owner, customer or team, spread pro rata from a longer period. Read by the card (its target), the goal, the chart (its budget) and the table. */
    'goals'?: string;
    /** Owners' teams, for `filter="team=Vest"` and `group-by="team"`: `Anna Berg:Vest,Ola Nordmann:Øst` or the URL of a teams document. */
    'teams'?: string;
    /** After each resolve. `detail`: `{ value }`, the unformatted value (null when empty); from records also `coverage`: the share (0 to 1) of the period and of its baseline that the data covers (baseline null without a comparison), and `quality`: rows read, rows used, the issues (row, field, value, code) and a count per code. */
    'onkpi-load'?: (event: CustomEvent<{ value: number | null; coverage?: { current: number; baseline: number | null }; quality?: DataQuality }>) => void;
    /** A bad attribute, document or source. `detail` (KpiErrorDetail): `{ code, message }` and, where they apply, `attribute`, `value`, `status`, `url`. */
    'onkpi-error'?: (event: CustomEvent<KpiErrorDetail>) => void;
  };
  'kpi-dashboard': KitCommon & {
    /** Heading shown above the widgets. */
    'label'?: string;
    /** BCP 47 locale for every widget inside. One that cannot be used is shown as an error on the dashboard. */
    'locale'?: string;
    /** ISO 4217 currency for every widget inside (NOK, SEK, DKK, EUR); anything else is shown as an error on the dashboard. */
    'currency'?: string;
    /** Data URL every widget inside reads unless it has its own `src`. */
    'src'?: string;
    /** KPI server every widget inside asks unless it has its own `endpoint` or `src`; all their questions go in one request. */
    'endpoint'?: string;
    /** Period expression, e.g. `this-month`. */
    'period'?: string;
    /** `previous-period`, `previous-year` or `none`. */
    'compare'?: string;
    /** Record filter, e.g. `owner=Anna Berg`. */
    'filter'?: string;
    /** `light`, `dark` or `auto`; another word is shown as an error on the dashboard. */
    'theme'?: string;
    /** National holidays by country code (`NO`, `SE`, `DK`, `FI`, `NL`) and dates, mixed: `NO,2026-12-24`. Goals and charts inside count working days without them. */
    'holidays'?: string;
    /** `calendar` or `working`: goals, charts and cards inside count elapsed time and forecast over these days. */
    'pace'?: string;
    /** URL of a goals document (owner/team/customer, kpi, period, target) every widget inside takes its target from. */
    'goals'?: string;
    /** Owners' teams for every widget inside: `Anna Berg:Vest,Ola Nordmann:Øst`, or the URL of a teams document. */
    'teams'?: string;
    /** Column mapping of the shared export for every widget inside, e.g. `value=Amount;closed=Close Date`. */
    'fields'?: string;
    /** `dmy`, `mdy` or `ymd`: how every widget inside reads ambiguous dates such as 03/04/2026. */
    'dateOrder'?: string;
    /** Attribute of `dateOrder`. */
    'date-order'?: string;
    /** The export's own words for a won deal (`Closed Won,Vunnet`), for every widget inside. */
    'won'?: string;
    /** The export's own words for a lost deal, for every widget inside. */
    'lost'?: string;
    /** Win probability per stage (`Prospecting:10,Proposal:50`), for every widget inside. */
    'probabilities'?: string;
    /** `grid` (default): a responsive grid; `none`: the widgets flow as the page lays them out. */
    'layout'?: 'grid' | 'none';
    /** A `locale`, `currency` or `theme` on the dashboard that cannot be used. `detail` as a widget's: `{ code, message, attribute, value }`. */
    'onkpi-error'?: (event: CustomEvent<KpiErrorDetail>) => void;
  };
  'kpi-funnel': KitCommon & {
    /** The stages as JSON (`[{"label":"Leads","value":1200}]`), or that array as a property. Assign a new array to update. */
    'stages'?: string | readonly FunnelStageInput[];
    /** With `src` records: the stage names top to bottom, `Prospecting,Engaging,Won`. */
    'stageOrder'?: string;
    /** Attribute of `stageOrder`. */
    'stage-order'?: string;
    /** Title shown on the widget. */
    'label'?: string;
    /** URL of JSON or CSV data. Widgets with the same `src` share one request. */
    'src'?: string;
    /** URL of a KPI server (kpi-widgets/server) that computes `kpi` instead of the browser, on `<kpi-card>`, `<trend-chart>` and `<goal-progress>`: the widget sends its question (kpi, period, compare, filter, fields, today; a chart also granularity) and shows the answer. Widgets with the same endpoint send their questions in one request for the page (a batch gathers what the widgets ask at about the same time); `refresh` asks again with the batch's ETag. What only records can do (a forecast from history) is left out; see docs/server.md. */
    'endpoint'?: string;
    /** Dot path into a fetched JSON document, e.g. `kpis.mrr`. */
    'select'?: string;
    /** A KPI id from the catalogue, computed from records. */
    'kpi'?: string;
    /** Maps record columns onto canonical ones: `value:close_value,closed:close_date`. */
    'fields'?: string;
    /** `this-month`, `2026-Q1`, `2026-W12`, `2026-01-01/2026-03-31`, `rolling-30d`… */
    'period'?: string;
    /** `previous-period`, `previous-year` or `none`. */
    'compare'?: string;
    /** `owner=Anna Berg;source=web`. */
    'filter'?: string;
    /** BCP 47 tag; default: the dashboard's, then the nearest `lang` ancestor, then the document. A tag that is not well-formed, or that the browser has no number formats for (`norsk`), is an error. */
    'locale'?: string;
    /** ISO 4217 code such as NOK, SEK, DKK, EUR; anything else (`kroner`) is an error. */
    'currency'?: string;
    /** `number`, `currency`, `percent`, `compact`, `days` or `hours`. */
    'format'?: string;
    /** Seconds between re-fetches of `src` (`60`, `7,5`), at least 5; `0` or absent: none. Paused while the tab is hidden. Below 5, negative or not a number is an error. */
    'refresh'?: string | number;
    /** `light` (default), `dark` or `auto` (follows prefers-color-scheme); another word is an error. */
    'theme'?: string;
    /** Fetch credentials for `src`: `same-origin` (default), `include` or `omit`. */
    'credentials'?: RequestCredentials;
    /** Time limit for fetching `src`, in seconds (`15`, `2.5`) or with a unit (`500ms`, `2s`); `0` waits as long as the browser does. Default 15 seconds. Checked also without `src`. */
    'timeout'?: string | number;
    /** The largest body read from `src`: `50MB` (default), `500kB`, `1GB`; a bare number is megabytes. A larger body stops being read and the widget says so. */
    'maxSize'?: string | number;
    /** Attribute of `maxSize`. */
    'max-size'?: string | number;
    /** The date the widget treats as today (`2026-03-15`); default: the real local date. For demos and tests. */
    'today'?: string;
    /** How the data's dates that could be read either way (`3/4/2024`) are read: `dmy`, `mdy` or `ymd`. Default: what a date of the file proves (all date columns together), else the widget's locale (en-US month-first). */
    'dateOrder'?: string;
    /** Attribute of `dateOrder`. */
    'date-order'?: string;
    /** Extra stage or status words meaning won, comma-separated: `Ganada,Closed - Won by partner`. */
    'won'?: string;
    /** Extra stage or status words meaning lost, comma-separated: `Perdida por licitación,Descartada`. */
    'lost'?: string;
    /** Win probability per stage for `weighted-pipeline`, for deals without their own: `Prospecting:10,Proposal:50`. */
    'probabilities'?: string;
    /** Hides the data note ("3 of 500 rows left out"); `kpi-load` still carries `detail.quality`. */
    'hideDataNote'?: boolean;
    /** Attribute of `hideDataNote`. */
    'hide-data-note'?: boolean;
    /** URL of a goals document (CSV or JSON: owner/team/customer, kpi, period, target): the target for the widget's KPI, period and `filter`'s owner, customer or team, spread pro rata from a longer period. Read by the card (its target), the goal, the chart (its budget) and the table. */
    'goals'?: string;
    /** Owners' teams, for `filter="team=Vest"` and `group-by="team"`: `Anna Berg:Vest,Ola Nordmann:Øst` or the URL of a teams document. */
    'teams'?: string;
    /** After each resolve. `detail`: `{ value }`, the first stage's count (null without stages). With records, `detail.quality`: rows read, rows used, the issues (row, field, value, code) and a count per code. */
    'onkpi-load'?: (event: CustomEvent<{ value: number | null; quality?: DataQuality }>) => void;
    /** A bad stage, bad JSON or a failing `src`; the message is shown in the widget. `detail` (KpiErrorDetail): `{ code, message }` and, where they apply, `attribute`, `value`, `status`, `url`. */
    'onkpi-error'?: (event: CustomEvent<KpiErrorDetail>) => void;
    /** A stage was clicked or chosen with Enter / Space. `detail`: `{ index, label, value }`, the stage's 0-based position, its label and its count. */
    'onkpi-stage-select'?: (event: CustomEvent<StageSelectDetail>) => void;
  };
  'kpi-table': KitCommon & {
    /** The field that makes the rows: `owner`, `team`, `customer`, `product`, `source`, or a column of the data. */
    'groupBy'?: string;
    /** Attribute of `groupBy`. */
    'group-by'?: string;
    /** The KPIs, one column each: `revenue,win-rate,activities` (default `revenue`). */
    'kpis'?: string;
    /** `-revenue` (largest first), `win-rate` (smallest first) or `name`; default the first KPI, best first. */
    'sort'?: string;
    /** Show at most this many groups; the rest become one "others" row. */
    'limit'?: number | string;
    /** The group to mark as "me": `owner=Kari Nordmann`. It stays in sight beyond the `limit`. */
    'highlight'?: string;
    /** How goals spread over a period: `calendar` (default) or `working` (over working days). */
    'pace'?: string;
    /** Days that are not working days, for `pace="working"`: `2026-04-02, 2026-04-03`. */
    'holidays'?: string;
    /** The order a click chose; a new `sort` attribute or data resets it. */
    'chosenSort'?: TableSort;
    /** Title shown on the widget. */
    'label'?: string;
    /** URL of JSON or CSV data. Widgets with the same `src` share one request. */
    'src'?: string;
    /** URL of a KPI server (kpi-widgets/server) that computes `kpi` instead of the browser, on `<kpi-card>`, `<trend-chart>` and `<goal-progress>`: the widget sends its question (kpi, period, compare, filter, fields, today; a chart also granularity) and shows the answer. Widgets with the same endpoint send their questions in one request for the page (a batch gathers what the widgets ask at about the same time); `refresh` asks again with the batch's ETag. What only records can do (a forecast from history) is left out; see docs/server.md. */
    'endpoint'?: string;
    /** Dot path into a fetched JSON document, e.g. `kpis.mrr`. */
    'select'?: string;
    /** A KPI id from the catalogue, computed from records. */
    'kpi'?: string;
    /** Maps record columns onto canonical ones: `value:close_value,closed:close_date`. */
    'fields'?: string;
    /** `this-month`, `2026-Q1`, `2026-W12`, `2026-01-01/2026-03-31`, `rolling-30d`… */
    'period'?: string;
    /** `previous-period`, `previous-year` or `none`. */
    'compare'?: string;
    /** `owner=Anna Berg;source=web`. */
    'filter'?: string;
    /** BCP 47 tag; default: the dashboard's, then the nearest `lang` ancestor, then the document. A tag that is not well-formed, or that the browser has no number formats for (`norsk`), is an error. */
    'locale'?: string;
    /** ISO 4217 code such as NOK, SEK, DKK, EUR; anything else (`kroner`) is an error. */
    'currency'?: string;
    /** `number`, `currency`, `percent`, `compact`, `days` or `hours`. */
    'format'?: string;
    /** Seconds between re-fetches of `src` (`60`, `7,5`), at least 5; `0` or absent: none. Paused while the tab is hidden. Below 5, negative or not a number is an error. */
    'refresh'?: string | number;
    /** `light` (default), `dark` or `auto` (follows prefers-color-scheme); another word is an error. */
    'theme'?: string;
    /** Fetch credentials for `src`: `same-origin` (default), `include` or `omit`. */
    'credentials'?: RequestCredentials;
    /** Time limit for fetching `src`, in seconds (`15`, `2.5`) or with a unit (`500ms`, `2s`); `0` waits as long as the browser does. Default 15 seconds. Checked also without `src`. */
    'timeout'?: string | number;
    /** The largest body read from `src`: `50MB` (default), `500kB`, `1GB`; a bare number is megabytes. A larger body stops being read and the widget says so. */
    'maxSize'?: string | number;
    /** Attribute of `maxSize`. */
    'max-size'?: string | number;
    /** The date the widget treats as today (`2026-03-15`); default: the real local date. For demos and tests. */
    'today'?: string;
    /** How the data's dates that could be read either way (`3/4/2024`) are read: `dmy`, `mdy` or `ymd`. Default: what a date of the file proves (all date columns together), else the widget's locale (en-US month-first). */
    'dateOrder'?: string;
    /** Attribute of `dateOrder`. */
    'date-order'?: string;
    /** Extra stage or status words meaning won, comma-separated: `Ganada,Closed - Won by partner`. */
    'won'?: string;
    /** Extra stage or status words meaning lost, comma-separated: `Perdida por licitación,Descartada`. */
    'lost'?: string;
    /** Win probability per stage for `weighted-pipeline`, for deals without their own: `Prospecting:10,Proposal:50`. */
    'probabilities'?: string;
    /** Hides the data note ("3 of 500 rows left out"); `kpi-load` still carries `detail.quality`. */
    'hideDataNote'?: boolean;
    /** Attribute of `hideDataNote`. */
    'hide-data-note'?: boolean;
    /** URL of a goals document (CSV or JSON: owner/team/customer, kpi, period, target): the target for the widget's KPI, period and `filter`'s owner, customer or team, spread pro rata from a longer period. Read by the card (its target), the goal, the chart (its budget) and the table. */
    'goals'?: string;
    /** Owners' teams, for `filter="team=Vest"` and `group-by="team"`: `Anna Berg:Vest,Ola Nordmann:Øst` or the URL of a teams document. */
    'teams'?: string;
    /** After each load: `value` is the total of the first KPI, `rows` every group's values in the order of `kpis`. */
    'onkpi-load'?: (event: CustomEvent<{ value: number | null, rows: { key: string, name: string, values: (number | null)[] }[] }>) => void;
    /** A group's name was chosen. `filter` (`owner="Kari Nordmann"`) narrows another widget to it. */
    'onkpi-row-select'?: (event: CustomEvent<{ field: string, key: string, name: string, filter: string }>) => void;
    /** A bad attribute, document or source, with a readable message. */
    'onkpi-error'?: (event: CustomEvent<KpiErrorDetail>) => void;
  };
  'trend-chart': KitCommon & {
    /** The series as JSON (`[{"date":"2026-01","value":120}]`) or that array as a property. */
    'series'?: string | readonly SeriesPoint[];
    /** Bucket size for `src` records: `day`, `week`, `month` (default), `quarter`, `year`. */
    'granularity'?: string;
    /** A target level, drawn as a line. */
    'target'?: string | number;
    /** Budget: one number per bucket, a list by position, or a series by date (JSON). */
    'budget'?: string | number | readonly unknown[];
    /** Actual, budget, last year and projection as running totals. */
    'cumulative'?: boolean;
    /** `line` (default), `bar` or `area`. */
    'type'?: string;
    /** `calendar` (default) or `working`: the forecast lays what is still to come on working days only. Inherited from a `<kpi-dashboard>`. */
    'pace'?: string;
    /** Days off for `pace="working"`: country codes (`NO`, `SE`, `DK`, `FI`, `NL`) and dates, mixed: `NO,2026-12-24`. Inherited from a `<kpi-dashboard>`. */
    'holidays'?: string | string[];
    /** Show the data table; otherwise it is there for screen readers only. */
    'showTable'?: boolean;
    /** Attribute of `showTable`. */
    'show-table'?: boolean;
    /** Title shown on the widget. */
    'label'?: string;
    /** URL of JSON or CSV data. Widgets with the same `src` share one request. */
    'src'?: string;
    /** URL of a KPI server (kpi-widgets/server) that computes `kpi` instead of the browser, on `<kpi-card>`, `<trend-chart>` and `<goal-progress>`: the widget sends its question (kpi, period, compare, filter, fields, today; a chart also granularity) and shows the answer. Widgets with the same endpoint send their questions in one request for the page (a batch gathers what the widgets ask at about the same time); `refresh` asks again with the batch's ETag. What only records can do (a forecast from history) is left out; see docs/server.md. */
    'endpoint'?: string;
    /** Dot path into a fetched JSON document, e.g. `kpis.mrr`. */
    'select'?: string;
    /** A KPI id from the catalogue, computed from records. */
    'kpi'?: string;
    /** Maps record columns onto canonical ones: `value:close_value,closed:close_date`. */
    'fields'?: string;
    /** `this-month`, `2026-Q1`, `2026-W12`, `2026-01-01/2026-03-31`, `rolling-30d`… */
    'period'?: string;
    /** `previous-period`, `previous-year` or `none`. */
    'compare'?: string;
    /** `owner=Anna Berg;source=web`. */
    'filter'?: string;
    /** BCP 47 tag; default: the dashboard's, then the nearest `lang` ancestor, then the document. A tag that is not well-formed, or that the browser has no number formats for (`norsk`), is an error. */
    'locale'?: string;
    /** ISO 4217 code such as NOK, SEK, DKK, EUR; anything else (`kroner`) is an error. */
    'currency'?: string;
    /** `number`, `currency`, `percent`, `compact`, `days` or `hours`. */
    'format'?: string;
    /** Seconds between re-fetches of `src` (`60`, `7,5`), at least 5; `0` or absent: none. Paused while the tab is hidden. Below 5, negative or not a number is an error. */
    'refresh'?: string | number;
    /** `light` (default), `dark` or `auto` (follows prefers-color-scheme); another word is an error. */
    'theme'?: string;
    /** Fetch credentials for `src`: `same-origin` (default), `include` or `omit`. */
    'credentials'?: RequestCredentials;
    /** Time limit for fetching `src`, in seconds (`15`, `2.5`) or with a unit (`500ms`, `2s`); `0` waits as long as the browser does. Default 15 seconds. Checked also without `src`. */
    'timeout'?: string | number;
    /** The largest body read from `src`: `50MB` (default), `500kB`, `1GB`; a bare number is megabytes. A larger body stops being read and the widget says so. */
    'maxSize'?: string | number;
    /** Attribute of `maxSize`. */
    'max-size'?: string | number;
    /** The date the widget treats as today (`2026-03-15`); default: the real local date. For demos and tests. */
    'today'?: string;
    /** How the data's dates that could be read either way (`3/4/2024`) are read: `dmy`, `mdy` or `ymd`. Default: what a date of the file proves (all date columns together), else the widget's locale (en-US month-first). */
    'dateOrder'?: string;
    /** Attribute of `dateOrder`. */
    'date-order'?: string;
    /** Extra stage or status words meaning won, comma-separated: `Ganada,Closed - Won by partner`. */
    'won'?: string;
    /** Extra stage or status words meaning lost, comma-separated: `Perdida por licitación,Descartada`. */
    'lost'?: string;
    /** Win probability per stage for `weighted-pipeline`, for deals without their own: `Prospecting:10,Proposal:50`. */
    'probabilities'?: string;
    /** Hides the data note ("3 of 500 rows left out"); `kpi-load` still carries `detail.quality`. */
    'hideDataNote'?: boolean;
    /** Attribute of `hideDataNote`. */
    'hide-data-note'?: boolean;
    /** URL of a goals document (CSV or JSON: owner/team/customer, kpi, period, target): the target for the widget's KPI, period and `filter`'s owner, customer or team, spread pro rata from a longer period. Read by the card (its target), the goal, the chart (its budget) and the table. */
    'goals'?: string;
    /** Owners' teams, for `filter="team=Vest"` and `group-by="team"`: `Anna Berg:Vest,Ola Nordmann:Øst` or the URL of a teams document. */
    'teams'?: string;
    /** After each resolve. `detail`: `{ value, projection }`: the last actual value as drawn (a running total when `cumulative`; null when empty), and the value projected for the period's end (its total for a KPI that adds up; the same as a goal's over the same period; null when nothing is projected). With records, `detail.quality`: rows read, rows used, the issues (row, field, value, code) and a count per code. */
    'onkpi-load'?: (event: CustomEvent<{ value: number | null; projection: number | null; quality?: DataQuality }>) => void;
    /** Bad attribute, bad JSON or a failing `src`; the message is shown in the widget. `detail` (KpiErrorDetail): `{ code, message }` and, where they apply, `attribute`, `value`, `status`, `url`. */
    'onkpi-error'?: (event: CustomEvent<KpiErrorDetail>) => void;
  };
}
