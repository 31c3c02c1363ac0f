// Large and hostile bodies for the hardening tests and `npm run bench`, made on
// demand (and kept, per shape) rather than stored as fixtures of many megabytes.
const made = new Map();

function once(key, make) {
  if (!made.has(key)) {
    // A handful of shapes at most: drop the oldest rather than grow without end.
    if (made.size > 8) made.delete(made.keys().next().value);
    made.set(key, make());
  }
  return made.get(key);
}

const pad = (n, width) => String(n).padStart(width, '0');

/**
 * A deals export of `rows` rows, about 100 bytes each: ids, owners, stages and
 * close dates spread evenly over 2025 and 2026 (day i % 730), value 1000 + i % 9000.
 * Every tenth deal is lost, the rest won.
 */
export function dealsCsv(rows) {
  return once(`deals-${rows}`, () => {
    const start = Date.UTC(2025, 0, 1);
    const lines = ['id,owner,stage,created,closed,value,source,note'];
    for (let i = 0; i < rows; i++) {
      const closed = new Date(start + (i % 730) * 86_400_000).toISOString().slice(0, 10);
      const created = new Date(start + Math.max(0, (i % 730) - 20) * 86_400_000).toISOString().slice(0, 10);
      lines.push(`D${pad(i, 7)},Owner ${i % 40},${i % 10 === 0 ? 'Lost' : 'Won'},${created},${closed},${1000 + (i % 9000)},web,row ${pad(i, 7)} of a big export from the CRM system`);
    }
    return Buffer.from(`${lines.join('\n')}\n`);
  });
}

/** A deals CSV whose second column name is `bytes` long: the names of columns are echoed in messages. */
export function longHeaderCsv(bytes) {
  return once(`header-${bytes}`, () =>
    Buffer.from(`id,${'h'.repeat(bytes)},amount\nD1,x,100\nD2,y,200\n`));
}

/** A JSON list of deals of about `bytes` bytes, different for each `seed` (the cache keys by URL, the test by heap). */
export function paddedDealsJson(bytes, seed) {
  const row = (i) => `{"id":"S${seed}-${pad(i, 6)}","stage":"Won","closed":"2026-0${1 + (i % 9)}-1${i % 10}","value":${1000 + ((i * 7 + seed) % 9000)},"note":"${'n'.repeat(40)}"}`;
  const one = row(0).length + 1;
  const rows = Math.max(1, Math.floor(bytes / one));
  return Buffer.from(`[${Array.from({ length: rows }, (_, i) => row(i)).join(',')}]`);
}
