/**
 * Which link addresses a widget may render. An editor pastes `href` into a CMS
 * field and a JSON document may carry one too, so the address is data, not
 * code: only http, https and relative addresses become links. Everything else
 * (`javascript:`, `data:`, `vbscript:`, `file:`, custom app schemes) is refused.
 *
 * Pure string work with no URL parser, so it runs in the DOM-free core and
 * gives the same answer in every browser.
 */

const ALLOWED_SCHEMES = new Set(['http', 'https']);

/**
 * Browsers drop ASCII tab, LF and CR anywhere in a URL and trim leading and
 * trailing C0 controls and spaces before they look for the scheme, so
 * "java\tscript:" and " javascript:" run script. The check must see the
 * address the browser will see.
 */
function asBrowserReadsIt(raw: string): string {
  return raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** RFC 3986 scheme: a letter, then letters, digits, `+`, `-`, `.`, up to the first colon. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The address to put in `href`, or null when it must not become a link.
 *
 * A relative address ("/crm/deals/42", "deals?id=1", "#top", "//crm.example.com/x")
 * is allowed: it resolves against the page, whose scheme is http or https.
 * A backslash start ("\\evil.example") is refused because browsers read it as "//".
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const href = asBrowserReadsIt(raw);
  if (href === '') return null;
  if (href.startsWith('\\') || href.startsWith('/\\')) return null;
  const scheme = SCHEME.exec(href);
  if (scheme === null) {
    // A colon before any "/", "?" or "#" would still be read as a scheme by a
    // lenient parser if it hides behind characters the regex rejects ("a b:x").
    const firstColon = href.indexOf(':');
    const firstStop = href.search(/[/?#]/);
    if (firstColon >= 0 && (firstStop < 0 || firstColon < firstStop)) return null;
    return href;
  }
  return ALLOWED_SCHEMES.has(scheme[1].toLowerCase()) ? href : null;
}
