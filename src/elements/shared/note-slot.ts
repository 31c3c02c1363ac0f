/**
 * Where a widget finds the data note's module (data-note.ts) once it has
 * loaded. A widget's records path loads it before it resolves, so the note
 * and the words of an empty state are there in the same render; a widget
 * that finds it missing asks for it and renders again.
 */
import { track } from './lazy.js';

type NoteModule = typeof import('./data-note.js');

let note: NoteModule | undefined;
let loading: Promise<void> | undefined;

/** The note's module, when loaded. */
export function noteModule(): NoteModule | undefined {
  return note;
}

/** Loads the note's module (once); never rejects: without it a widget shows the plain empty state. */
export function loadNote(): Promise<void> {
  return (loading ??= track(import('./data-note.js').then((module) => void (note = module), () => undefined)));
}
