import { useSyncExternalStore } from 'react';
// Before any zod parse: our CSP forbids eval, which zod otherwise probes for.
import '../../datasets/zod-jitless';
import { z } from 'zod';

/** A scene the user saved from the current view: a name and the view's query string. */
export interface MyScene {
  id: string;
  title: string;
  view: string;
}

const STORAGE_KEY = 'corridor-map:my-scenes:v1';
const myScene = z.strictObject({
  id: z.string().regex(/^my-[a-z0-9-]{1,60}$/),
  title: z.string().trim().min(1).max(120),
  view: z.string().max(2000),
});
/** The file the user exports and imports (and what local storage holds). */
export const myScenesFileSchema = z.strictObject({
  format: z.literal('corridor-map-scenes'),
  version: z.literal(1),
  scenes: z.array(myScene).max(200),
});

let scenes: MyScene[] = read();
const subscribers = new Set<() => void>();

function read(): MyScene[] {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
    if (!raw) return [];
    const parsed = myScenesFileSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.scenes : [];
  } catch {
    return [];
  }
}

function write(next: MyScene[]): void {
  scenes = next;
  try {
    localStorage.setItem(STORAGE_KEY, exportMyScenes());
  } catch {
    // Storage full or refused (private mode): the scenes still live for this visit.
  }
  for (const notify of subscribers) notify();
}

export function useMyScenes(): MyScene[] {
  return useSyncExternalStore(
    (notify) => {
      subscribers.add(notify);
      return () => subscribers.delete(notify);
    },
    () => scenes,
  );
}

export function saveScene(title: string, view: string): void {
  const id = `my-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  write([...scenes, { id, title, view }]);
}

export function renameScene(id: string, title: string): void {
  write(scenes.map((s) => (s.id === id ? { ...s, title: title.slice(0, 120) } : s)));
}

export function moveScene(id: string, delta: -1 | 1): void {
  const i = scenes.findIndex((s) => s.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= scenes.length) return;
  const next = [...scenes];
  [next[i], next[j]] = [next[j]!, next[i]!];
  write(next);
}

export function deleteScene(id: string): void {
  write(scenes.filter((s) => s.id !== id));
}

export function exportMyScenes(): string {
  return JSON.stringify({ format: 'corridor-map-scenes', version: 1, scenes }, null, 2);
}

/**
 * Adds the scenes of an exported file after checking it whole: a file that is not JSON, not a scenes file,
 * or has one bad scene changes nothing and says why.
 */
export function importMyScenes(text: string): { count: number } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'not JSON' };
  }
  const parsed = myScenesFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'not a scenes file' };
  }
  const known = new Set(scenes.map((s) => s.id));
  const added = parsed.data.scenes.filter((s) => !known.has(s.id));
  write([...scenes, ...added]);
  return { count: added.length };
}

/** Tests: forget every saved scene. */
export function resetMyScenes(): void {
  write([]);
}
