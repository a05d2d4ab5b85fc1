import { useT } from '../language/use-t';
import { useRegisteredShortcuts } from './registry';

/** Every registered shortcut with its keys, as a definition list (the help overlay, the presenter view). */
export function ShortcutList() {
  const t = useT();
  const shortcuts = useRegisteredShortcuts();
  return (
    <dl className="help-list">
      {shortcuts
        .filter((s) => s.keys.length > 0)
        .map((s) => (
          <div key={s.id} className="help-row">
            <dt>
              {s.keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{t(s.label)}</dd>
          </div>
        ))}
    </dl>
  );
}
