import { html, type TemplateResult } from 'lit';

/**
 * A translated sentence with the given pieces (formatted dates, amounts)
 * each in a `<span class="nowrap">`, so that a narrow widget wraps between
 * words of the sentence, never inside "31 Mar 2026". The text itself is left
 * as it is: what a screen reader or a copy gets is the sentence.
 */
export function keepTogether(text: string, pieces: readonly string[]): TemplateResult | string {
  const wanted = pieces.filter((piece) => piece && text.includes(piece));
  if (!wanted.length) return text;
  const pattern = new RegExp(`(${wanted.map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  const parts = text.split(pattern);
  return html`${parts.map((part, i) => (i % 2 ? html`<span class="nowrap">${part}</span>` : part))}`;
}
