/**
 * The lazy parts of the kit that widgets are waiting for right now: the full
 * number and date readers (parsers.ts) and the words of data problems
 * (problems.ts). A widget's `updateComplete` waits for them and for the update
 * they lead to, so a test or a script that awaits it sees the finished widget.
 */
const inFlight = new Set<Promise<unknown>>();

/** Counts `load` as in flight until it settles; returns it. */
export function track<T>(load: Promise<T>): Promise<T> {
  inFlight.add(load);
  const done = () => void inFlight.delete(load);
  load.then(done, done);
  return load;
}

/** Settles when every load in flight has; undefined when none is. */
export function pendingLoads(): Promise<unknown> | undefined {
  return inFlight.size ? Promise.allSettled([...inFlight]) : undefined;
}

/**
 * The data note's module (data-note.ts), for the records paths of the
 * widgets. Imported from here, the main file, so that the bundler keeps the
 * string tables the note shares with every widget in the main file instead
 * of splitting them into a chunk of their own (one request more).
 */
export function loadDataNote(): Promise<typeof import('./data-note.js')> {
  return import('./data-note.js');
}
