/**
 * Loading stories need a source that does not answer. A story's `beforeEach`
 * makes every fetch of /data/pending/… hang until the widget gives up (its
 * own 15 s timeout, after which it shows the timeout message) and puts the
 * real fetch back when the story is left.
 */
export function pendingSource(): () => void {
  const realFetch = window.fetch;
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes('/data/pending/')) return realFetch.call(this, input, init);
    return new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  return () => {
    window.fetch = realFetch;
  };
}
