import { useCallback } from 'react';
import { useStore } from '../store/store';
import type { MessageKey } from './en';
import { translate } from './translate';

/** The translator for the current interface language. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const lang = useStore((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
