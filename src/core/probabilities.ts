/**
 * The `probabilities` attribute: each stage's win probability, for
 * `weighted-pipeline` over an export without a probability column.
 */

/**
 * Reads `Prospecting:10,Proposal:50` (percent; `0.5` or `50 %` also work)
 * into stage → share 0..1. The stage is everything before the last colon, so
 * a stage name may hold one. Returns null when a pair cannot be read: no
 * colon, an empty stage, or a share outside 0..100 %.
 */
export function parseProbabilities(text: string): Record<string, number> | null {
  const map: Record<string, number> = {};
  for (const raw of text.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    const colon = part.lastIndexOf(':');
    const stage = colon < 0 ? '' : part.slice(0, colon).trim();
    const amount = colon < 0 ? '' : part.slice(colon + 1).trim().replace(/\s*%$/, '');
    const n = /^\d+(?:[.,]\d+)?$/.test(amount) ? Number(amount.replace(',', '.')) : NaN;
    const share = n > 1 ? n / 100 : n;
    if (stage === '' || !(share >= 0 && share <= 1)) return null;
    map[stage] = share;
  }
  return map;
}
