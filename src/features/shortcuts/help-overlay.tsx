import { useEffect, useRef } from 'react';
import { useStore } from '../../store/store';
import { useT } from '../language/use-t';
import { ShortcutList } from './shortcut-list';

/** `?`: every shortcut the features registered, with its keys, in the interface language. */
export function HelpOverlay() {
  const t = useT();
  const open = useStore((s) => s.helpOpen);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) close.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div className="help-overlay" role="dialog" aria-modal="true" aria-labelledby="help-title">
      <div className="help-card">
        <div className="share-head">
          <h2 id="help-title">{t('help.title')}</h2>
          <button
            ref={close}
            type="button"
            className="close"
            aria-label={t('help.close')}
            onClick={() => useStore.setState({ helpOpen: false })}
          >
            ×
          </button>
        </div>
        <ShortcutList />
        <p className="hint">{t('help.typing')}</p>
      </div>
    </div>
  );
}
