/**
 * The snippet builder's words, in English and Norwegian bokmål. Keys name a
 * field and a part: `<field>.label`, `<field>.hint`, `<field>.<option value>`;
 * `<field>.label.<tag>` and `<field>.hint.<tag>` say it differently for one
 * widget. `{name}` is filled in by the builder.
 */
export type UiLang = 'en' | 'nb';

const en = {
  pageTitle: 'Snippet builder · Sales KPI widgets',
  skip: 'Skip to content',
  title: 'Snippet builder',
  lede:
    'Build a widget for your intranet page without writing code: choose a widget and what it should measure, fill in the form, and copy the finished snippet. Every field says what it does; most can stay as they are.',
  language: 'Language of this page',
  formTitle: 'Widget settings',
  previewTitle: 'Live preview',
  previewHint: 'This is how the widget will look, with the data it finds.',
  snippetTitle: 'Your snippet',
  snippetHint: 'Paste this where the widget should appear, in the editor’s HTML or source view.',
  copy: 'Copy snippet',
  copied: 'Copied! Now paste it into your page.',
  copyFailed: 'Could not copy by itself. Click the snippet, press Ctrl+A and then Ctrl+C (⌘A, ⌘C on a Mac).',
  scriptTitle: 'Once per page template',
  scriptHint:
    'The widgets need this line to work. It goes once into the page template — ask your web team — not into every article. If it is already there, you only need the snippet above.',
  scriptUrl: 'Address of kpi-widgets.js',
  scriptUrlHint: 'Where your web team put the widget file.',
  copyScript: 'Copy script line',
  copiedScript: 'Script line copied.',

  'step.widget': 'Choose a widget',
  'step.what': 'What to measure',
  'step.when': 'Which dates',
  'step.look': 'How it looks',
  'step.extra': 'Optional extras',
  'step.extra.hint': 'Most pages do not need these.',

  'element.legend': 'Widget',
  'element.kpi-card': 'KPI card',
  'element.kpi-card.hint': 'One number with its change since last time. Good for a row of key figures.',
  'element.goal-progress': 'Goal',
  'element.goal-progress.hint': 'Progress towards a target by a date: are we on pace, and what is still needed?',
  'element.kpi-funnel': 'Sales funnel',
  'element.kpi-funnel.hint': 'How many deals reach each stage, and where most of them drop off.',
  'element.trend-chart': 'Trend chart',
  'element.trend-chart.hint': 'A KPI over time — per day, week or month — with last year to compare.',

  'kpi.label': 'KPI (what to measure)',
  'kpi.hint': '{direction} In the snippet it is written {id}.',
  'kpi.group.deals': 'Deals and revenue',
  'kpi.group.leads': 'Leads',
  'kpi.group.activities': 'Activities',
  'kpi.group.customers': 'Customers',
  'kpi.group.costs': 'Costs',
  'direction.up': 'Higher is better.',
  'direction.down': 'Lower is better.',
  'direction.neutral': 'Neither higher nor lower is better in itself.',

  'label.label': 'Title',
  'label.hint': 'The heading on the widget. Leave it empty to use the name of the KPI.',
  'label.hint.kpi-funnel': 'The heading on the funnel, for example “Our pipeline”.',

  'src.label': 'Data file address',
  'src.hint':
    'Where the widget fetches its figures: a JSON or CSV export from the CRM. Your web team knows the address. In this demo, data/sales.json and data/deals.csv hold example data.',

  'stage-order.label': 'Stages, top to bottom',
  'stage-order.hint':
    'The names of the deal stages as the data file writes them, in order, separated by commas. Example: Prospecting,Engaging,Proposal,Won',
  'stage-order.missing': 'Write the stages, for example Prospecting,Engaging,Proposal,Won.',

  'period.label': 'Period',
  'period.hint': 'Which dates the figures cover. A period that is still running counts up to today.',
  'period.hint.trend-chart': 'Which dates the chart covers.',
  'period.this-month': 'This month (so far)',
  'period.last-month': 'Last month',
  'period.this-quarter': 'This quarter (so far)',
  'period.last-quarter': 'Last quarter',
  'period.this-year': 'This year',
  'period.ytd': 'Year to date',
  'period.last-year': 'Last year',
  'period.rolling-30d': 'The last 30 days',
  'period.rolling-12m': 'The last 12 months',
  'period.custom': 'Something else…',
  'period-custom.label': 'Your period',
  'period-custom.hint': 'Write it like one of these examples:',
  'period-custom.ex.0': 'a quarter',
  'period-custom.ex.1': 'a month',
  'period-custom.ex.2': 'a week, by its week number',
  'period-custom.ex.3': 'from one date to another',
  'period-custom.ex.4': 'the last 30 days (also 12w for weeks, 6m for months)',

  'compare.label': 'Compare with',
  'compare.hint': 'Green means a change for the better, red for the worse.',
  'compare.hint.trend-chart': 'Draws a second line to compare with.',
  'compare.previous-period': 'The period before (just as far into it)',
  'compare.previous-year': 'The same period last year',
  'compare.none': 'Do not compare',

  'target.label': 'Target (optional)',
  'target.hint': 'A number, for example 1500000. The card then shows how much of it is reached.',
  'target.label.goal-progress': 'Target',
  'target.hint.goal-progress': 'The number to reach by the end date, for example 1500000. A goal needs one.',
  'target.label.trend-chart': 'Target line (optional)',
  'target.hint.trend-chart': 'Draws a flat line at this level, for example 150000.',
  'target.missing': 'Write the target, for example 1500000.',

  'start.label': 'Start date (optional)',
  'start.hint': 'When the goal starts. Leave it empty to use the first day of the period.',
  'end.label': 'End date (optional)',
  'end.hint': 'The deadline. Leave it empty to use the last day of the period.',

  'pace.label': 'How to measure the pace',
  'pace.hint': 'Decides how far along the goal should be today.',
  'pace.': 'Every day counts the same',
  'pace.working': 'Only working days count (Monday to Friday)',

  'granularity.label': 'One point per',
  'granularity.hint': 'How the dates are grouped in the chart.',
  'granularity.day': 'Day',
  'granularity.week': 'Week',
  'granularity.month': 'Month',
  'granularity.quarter': 'Quarter',
  'granularity.year': 'Year',

  'cumulative.label': 'Add up as it goes (running total)',
  'cumulative.hint': 'Good for revenue against a budget: the line climbs towards the total.',

  'format.label': 'Number format',
  'format.hint': 'Leave it on automatic unless the number looks wrong.',
  'format.': 'Automatic (as the KPI is usually shown)',
  'format.number': 'Plain number (1 234)',
  'format.currency': 'Money (1 234 kr)',
  'format.percent': 'Percent (12 %)',
  'format.compact': 'Short (1.2 M)',
  'format.days': 'Days (12 days)',

  'currency.label': 'Currency',
  'currency.hint': 'Used for money amounts.',
  'currency.': 'None',

  'locale.label': 'Language and number style',
  'locale.hint':
    'The widget’s own words, and how numbers and dates are written (1 234,5 or 1,234.5). Normally the same as the page.',
  'locale.': 'Same as the page (recommended)',

  'type.label': 'Chart type',
  'type.hint': 'Bars suit counts per week or month; a line suits a running total.',
  'type.': 'Line',
  'type.bar': 'Bars',
  'type.area': 'Area',

  'variant.label': 'Shape',
  'variant.hint': 'A bar fits a narrow column, a ring a square box.',
  'variant.': 'Bar',
  'variant.ring': 'Ring',

  'sparkline.label': 'Show a small trend line under the number',
  'sparkline.hint': 'Shows the KPI over the last periods like this one (this month: the last 12 months), ending at the number shown.',

  'theme.label': 'Colours',
  'theme.hint': 'Dark suits dark page designs; automatic follows the reader’s device.',
  'theme.': 'Light (standard)',
  'theme.dark': 'Dark',
  'theme.auto': 'Automatic',

  'filter.label': 'Only count some records',
  'filter.hint': 'Write field=value; separate several with semicolons. Leave it empty to count everything. Examples:',
  'filter.ex.0': 'one sales rep',
  'filter.ex.1': 'leads from the website',
  'filter.ex.2': 'both at once',

  'fields.label': 'Column names',
  'fields.hint':
    'Only needed when the data file names its columns differently from a usual CRM export. Write field:column pairs separated by commas, for example value:Beløp,closed:Lukket,owner:Selger.',

  'href.label': 'Link to details',
  'href.hint': 'A page in the CRM or intranet where the reader can see more. It must start with https://, http:// or /.',

  'element.kpi-table': 'Team table',
  'element.kpi-table.hint': 'One row per seller, team or customer, each against their own goal, with a total.',
  'group-by.label': 'One row per',
  'group-by.hint': 'Who or what each row is.',
  'group-by.owner': 'Seller',
  'group-by.team': 'Team',
  'group-by.customer': 'Customer',
  'group-by.product': 'Product',
  'group-by.source': 'Lead source',
  'kpis.label': 'Columns',
  'kpis.hint': 'The KPIs to show, separated by commas, for example revenue,win-rate,activities.',
  'goals.label': 'Goals file (optional)',
  'goals.hint': 'Address of a goals file (CSV or JSON with owner, team or customer, kpi, period, target). A yearly goal is spread over the month shown.',
  'sort.label': 'Order',
  'sort.hint': 'A column to sort by; a minus sign first puts the largest first, for example -revenue.',
  'limit.label': 'Most rows (optional)',
  'limit.hint': 'Show this many rows; the rest are added up in an “Others” row.',
};

type Strings = Record<keyof typeof en, string>;

const nb: Strings = {
  pageTitle: 'Kodebygger · Sales KPI widgets',
  skip: 'Gå til innholdet',
  title: 'Kodebygger',
  lede:
    'Lag en widget til intranettsiden din uten å skrive kode: velg en widget og hva den skal måle, fyll ut skjemaet og kopier den ferdige kodesnutten. Hvert felt forklarer hva det gjør; de fleste kan stå som de er.',
  language: 'Språk på denne siden',
  formTitle: 'Innstillinger for widgeten',
  previewTitle: 'Forhåndsvisning',
  previewHint: 'Slik vil widgeten se ut, med dataene den finner.',
  snippetTitle: 'Kodesnutten din',
  snippetHint: 'Lim den inn der widgeten skal stå, i HTML- eller kildekodevisningen i redigeringsverktøyet.',
  copy: 'Kopier kodesnutten',
  copied: 'Kopiert! Lim den inn på siden din.',
  copyFailed: 'Klarte ikke å kopiere automatisk. Klikk på koden, trykk Ctrl+A og så Ctrl+C (⌘A, ⌘C på Mac).',
  scriptTitle: 'Én gang per sidemal',
  scriptHint:
    'Widgetene trenger denne linjen for å virke. Den skal inn én gang i sidemalen — spør webteamet — ikke i hver artikkel. Står den der allerede, trenger du bare kodesnutten over.',
  scriptUrl: 'Adressen til kpi-widgets.js',
  scriptUrlHint: 'Der webteamet har lagt widget-filen.',
  copyScript: 'Kopier skriptlinjen',
  copiedScript: 'Skriptlinjen er kopiert.',

  'step.widget': 'Velg en widget',
  'step.what': 'Hva skal måles',
  'step.when': 'Hvilke datoer',
  'step.look': 'Hvordan det ser ut',
  'step.extra': 'Valgfrie tillegg',
  'step.extra.hint': 'De fleste sider trenger ikke disse.',

  'element.legend': 'Widget',
  'element.kpi-card': 'Nøkkeltallskort',
  'element.kpi-card.hint': 'Ett tall med endringen siden sist. Passer i en rad med nøkkeltall.',
  'element.goal-progress': 'Mål',
  'element.goal-progress.hint': 'Fremdrift mot et mål innen en dato: ligger vi i rute, og hva gjenstår?',
  'element.kpi-funnel': 'Salgstrakt',
  'element.kpi-funnel.hint': 'Hvor mange avtaler som når hver fase, og hvor flest faller fra.',
  'element.trend-chart': 'Trenddiagram',
  'element.trend-chart.hint': 'Et nøkkeltall over tid — per dag, uke eller måned — sammenlignet med i fjor.',

  'kpi.label': 'Nøkkeltall (hva som måles)',
  'kpi.hint': '{direction} I kodesnutten skrives det {id}.',
  'kpi.group.deals': 'Avtaler og omsetning',
  'kpi.group.leads': 'Leads',
  'kpi.group.activities': 'Aktiviteter',
  'kpi.group.customers': 'Kunder',
  'kpi.group.costs': 'Kostnader',
  'direction.up': 'Høyere er bedre.',
  'direction.down': 'Lavere er bedre.',
  'direction.neutral': 'Verken høyere eller lavere er bedre i seg selv.',

  'label.label': 'Tittel',
  'label.hint': 'Overskriften på widgeten. La feltet stå tomt for å bruke navnet på nøkkeltallet.',
  'label.hint.kpi-funnel': 'Overskriften på trakten, for eksempel «Vår pipeline».',

  'src.label': 'Adressen til datafilen',
  'src.hint':
    'Hvor widgeten henter tallene: en JSON- eller CSV-eksport fra CRM-systemet. Webteamet vet adressen. I denne demoen har data/sales.json og data/deals.csv eksempeldata.',

  'stage-order.label': 'Faser, ovenfra og ned',
  'stage-order.hint':
    'Navnene på salgsfasene slik datafilen skriver dem, i rekkefølge, skilt med komma. Eksempel: Prospecting,Engaging,Proposal,Won',
  'stage-order.missing': 'Skriv inn fasene, for eksempel Prospecting,Engaging,Proposal,Won.',

  'period.label': 'Periode',
  'period.hint': 'Hvilke datoer tallene gjelder. En periode som ikke er over, telles frem til i dag.',
  'period.hint.trend-chart': 'Hvilke datoer diagrammet viser.',
  'period.this-month': 'Denne måneden (så langt)',
  'period.last-month': 'Forrige måned',
  'period.this-quarter': 'Dette kvartalet (så langt)',
  'period.last-quarter': 'Forrige kvartal',
  'period.this-year': 'I år',
  'period.ytd': 'Hittil i år',
  'period.last-year': 'I fjor',
  'period.rolling-30d': 'De siste 30 dagene',
  'period.rolling-12m': 'De siste 12 månedene',
  'period.custom': 'Noe annet …',
  'period-custom.label': 'Din periode',
  'period-custom.hint': 'Skriv den som et av disse eksemplene:',
  'period-custom.ex.0': 'et kvartal',
  'period-custom.ex.1': 'en måned',
  'period-custom.ex.2': 'en uke, med ukenummeret',
  'period-custom.ex.3': 'fra en dato til en annen',
  'period-custom.ex.4': 'de siste 30 dagene (også 12w for uker, 6m for måneder)',

  'compare.label': 'Sammenlign med',
  'compare.hint': 'Grønt betyr endring til det bedre, rødt til det verre.',
  'compare.hint.trend-chart': 'Tegner en linje til å sammenligne med.',
  'compare.previous-period': 'Perioden før (like langt inn i den)',
  'compare.previous-year': 'Samme periode i fjor',
  'compare.none': 'Ikke sammenlign',

  'target.label': 'Mål (valgfritt)',
  'target.hint': 'Et tall, for eksempel 1500000. Kortet viser da hvor mye av det som er nådd.',
  'target.label.goal-progress': 'Mål',
  'target.hint.goal-progress': 'Tallet som skal nås innen sluttdatoen, for eksempel 1500000. Et mål må ha dette.',
  'target.label.trend-chart': 'Mållinje (valgfritt)',
  'target.hint.trend-chart': 'Tegner en vannrett linje på dette nivået, for eksempel 150000.',
  'target.missing': 'Skriv inn målet, for eksempel 1500000.',

  'start.label': 'Startdato (valgfritt)',
  'start.hint': 'Når målet starter. La feltet stå tomt for å bruke første dag i perioden.',
  'end.label': 'Sluttdato (valgfritt)',
  'end.hint': 'Fristen. La feltet stå tomt for å bruke siste dag i perioden.',

  'pace.label': 'Hvordan tempoet måles',
  'pace.hint': 'Avgjør hvor langt målet burde ha kommet i dag.',
  'pace.': 'Alle dager teller likt',
  'pace.working': 'Bare arbeidsdager teller (mandag til fredag)',

  'granularity.label': 'Ett punkt per',
  'granularity.hint': 'Hvordan datoene grupperes i diagrammet.',
  'granularity.day': 'Dag',
  'granularity.week': 'Uke',
  'granularity.month': 'Måned',
  'granularity.quarter': 'Kvartal',
  'granularity.year': 'År',

  'cumulative.label': 'Legg sammen underveis (akkumulert)',
  'cumulative.hint': 'Passer for omsetning mot budsjett: linjen stiger mot totalen.',

  'format.label': 'Tallformat',
  'format.hint': 'La det stå på automatisk med mindre tallet ser feil ut.',
  'format.': 'Automatisk (slik nøkkeltallet vanligvis vises)',
  'format.number': 'Vanlig tall (1 234)',
  'format.currency': 'Beløp (1 234 kr)',
  'format.percent': 'Prosent (12 %)',
  'format.compact': 'Kort (1,2 mill.)',
  'format.days': 'Dager (12 dager)',

  'currency.label': 'Valuta',
  'currency.hint': 'Brukes for beløp.',
  'currency.': 'Ingen',

  'locale.label': 'Språk og tallformat',
  'locale.hint':
    'Widgetens egne ord, og hvordan tall og datoer skrives (1 234,5 eller 1,234.5). Vanligvis det samme som siden.',
  'locale.': 'Samme som siden (anbefalt)',

  'type.label': 'Diagramtype',
  'type.hint': 'Søyler passer for antall per uke eller måned; en linje passer for en løpende sum.',
  'type.': 'Linje',
  'type.bar': 'Søyler',
  'type.area': 'Flate',

  'variant.label': 'Form',
  'variant.hint': 'En stolpe passer i en smal spalte, en ring i en kvadratisk boks.',
  'variant.': 'Stolpe',
  'variant.ring': 'Ring',

  'sparkline.label': 'Vis en liten trendlinje under tallet',
  'sparkline.hint': 'Viser nøkkeltallet over de siste periodene som denne (denne måneden: de siste 12 månedene), og ender i tallet som vises.',

  'theme.label': 'Farger',
  'theme.hint': 'Mørkt passer til mørke sider; automatisk følger leserens enhet.',
  'theme.': 'Lyst (standard)',
  'theme.dark': 'Mørkt',
  'theme.auto': 'Automatisk',

  'filter.label': 'Tell bare noen av radene',
  'filter.hint': 'Skriv felt=verdi; skill flere med semikolon. La feltet stå tomt for å telle alt. Eksempler:',
  'filter.ex.0': 'én selger',
  'filter.ex.1': 'leads fra nettsiden',
  'filter.ex.2': 'begge deler',

  'fields.label': 'Kolonnenavn',
  'fields.hint':
    'Trengs bare når datafilen kaller kolonnene noe annet enn en vanlig CRM-eksport. Skriv felt:kolonne-par skilt med komma, for eksempel value:Beløp,closed:Lukket,owner:Selger.',

  'href.label': 'Lenke til detaljer',
  'href.hint': 'En side i CRM-systemet eller intranettet der leseren kan se mer. Den må begynne med https://, http:// eller /.',

  'element.kpi-table': 'Teamtabell',
  'element.kpi-table.hint': 'Én rad per selger, team eller kunde, hver mot sitt eget mål, med en totalsum.',
  'group-by.label': 'Én rad per',
  'group-by.hint': 'Hvem eller hva hver rad er.',
  'group-by.owner': 'Selger',
  'group-by.team': 'Team',
  'group-by.customer': 'Kunde',
  'group-by.product': 'Produkt',
  'group-by.source': 'Leadkilde',
  'kpis.label': 'Kolonner',
  'kpis.hint': 'Nøkkeltallene som skal vises, skilt med komma, for eksempel revenue,win-rate,activities.',
  'goals.label': 'Målfil (valgfritt)',
  'goals.hint': 'Adressen til en målfil (CSV eller JSON med owner, team eller customer, kpi, period, target). Et årsmål fordeles på måneden som vises.',
  'sort.label': 'Rekkefølge',
  'sort.hint': 'En kolonne å sortere etter; et minustegn først gir størst først, for eksempel -revenue.',
  'limit.label': 'Flest rader (valgfritt)',
  'limit.hint': 'Vis så mange rader; resten legges sammen i en «Andre»-rad.',
};

export const TEXT: Record<UiLang, Strings> = { en, nb };
export type TextKey = keyof Strings;
