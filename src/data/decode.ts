/**
 * A body's bytes as text: a declared charset other than UTF-8 is honoured;
 * otherwise UTF-8, and Windows-1252 when the bytes are not valid UTF-8 (what
 * "Save as CSV" in a Nordic Excel writes). Shared by the page (load.ts) and
 * the CSV worker (csv.worker.ts), which read the same bodies the same way.
 */
export function decodeBody(buffer: Uint8Array, contentType: string): string {
  const charset = /charset\s*=\s*"?([^";]+)/i.exec(contentType)?.[1]?.trim().toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(buffer);
    } catch {
      // An unknown label: fall through to the UTF-8 guess.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch (error) {
    // Past the longest string the browser can make, no decoding helps.
    if (error instanceof RangeError) throw error;
    return new TextDecoder('windows-1252').decode(buffer);
  }
}
