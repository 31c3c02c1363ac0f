/** The heap after several gc() passes (Chromium runs with --expose-gc), for the leak and cache tests. */
export const gc = (window as unknown as { gc?: () => void }).gc;

/**
 * Several passes with a pause between: finalizers and aborted fetches settle in between.
 * `sleep` is the caller's, so a test that counts timers can pause on the real one.
 */
export async function heapAfterGc(sleep: (ms: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 4; i++) {
    gc?.();
    await sleep(30);
  }
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}
