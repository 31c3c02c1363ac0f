/**
 * How much of what a document or an editor wrote a message may quote. A
 * message is read by a person and drawn into the page: a 20 MB column name
 * quoted whole stalls the page for seconds, and a data cell quoted at all
 * shows data the page's author never meant to show. Messages therefore
 * quote names (columns, keys, attribute values) cut short, list only the
 * first few, and describe data values by their shape only.
 */

/** The most characters of one quoted name or value. */
export const QUOTE_CHARS = 40;
/** The most names one message lists. */
export const QUOTE_ITEMS = 12;

/** `text` cut to {@link QUOTE_CHARS} characters, "…" marking the cut. */
export function clipText(text: string, max = QUOTE_CHARS): string {
  if (text.length <= max) return text;
  // Never split a surrogate pair: half an emoji draws as a replacement box.
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** At most `max` names, each cut by clipText, then "…" when there were more. */
export function clipList(names: readonly unknown[], max = QUOTE_ITEMS): string[] {
  const shown = names.slice(0, max).map((name) => clipText(String(name)));
  if (names.length > max) shown.push('…');
  return shown;
}
