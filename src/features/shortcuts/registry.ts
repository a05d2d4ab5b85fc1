import { useEffect, useSyncExternalStore } from 'react';
import type { MessageKey } from '../../i18n/en';

/**
 * A keyboard shortcut a feature adds: what the help overlay shows (keys, label) and what it does. Features
 * register theirs while mounted (useShortcuts); one listener (ShortcutListener) dispatches every key, so
 * shortcuts are never scattered through components.
 */
export interface Shortcut {
  id: string;
  /** The keys as shown in the help ("1–6", "Shift + 1–6", "←"). */
  keys: string[];
  label: MessageKey;
  /** Place in the help overlay (lower first). */
  order: number;
  match: (event: KeyboardEvent) => boolean;
  run: (event: KeyboardEvent) => void;
}

const registered = new Map<string, Shortcut>();
const subscribers = new Set<() => void>();
let snapshot: Shortcut[] = [];

function changed(): void {
  snapshot = [...registered.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  for (const notify of subscribers) notify();
}

/** Adds shortcuts for as long as the calling component is mounted (pass a memoised array). */
export function useShortcuts(shortcuts: readonly Shortcut[]): void {
  useEffect(() => {
    for (const s of shortcuts) registered.set(s.id, s);
    changed();
    return () => {
      for (const s of shortcuts) if (registered.get(s.id) === s) registered.delete(s.id);
      changed();
    };
  }, [shortcuts]);
}

/** Every registered shortcut, in help order (re-renders when one is added or removed). */
export function useRegisteredShortcuts(): Shortcut[] {
  return useSyncExternalStore(
    (notify) => {
      subscribers.add(notify);
      return () => subscribers.delete(notify);
    },
    () => snapshot,
  );
}

/** Whether the key goes to something the user types in: shortcuts never fire there. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(target.type);
  }
  return false;
}

/** Dispatches keys to the registered shortcuts, except while typing or with Ctrl, ⌘ or Alt held. */
export function dispatchShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
    return false;
  const shortcut = snapshot.find((s) => s.match(event));
  if (!shortcut) return false;
  event.preventDefault();
  shortcut.run(event);
  return true;
}

export function ShortcutListener() {
  useEffect(() => {
    window.addEventListener('keydown', dispatchShortcut);
    return () => window.removeEventListener('keydown', dispatchShortcut);
  }, []);
  return null;
}
