import { useCallback } from 'react';
import { useStore } from '../../store/store';
import type { MessageKey } from '../../i18n/en';
import { translate } from '../../i18n/translate';

/** The translator for the current interface language. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const lang = useStore((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
