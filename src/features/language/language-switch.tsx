import { LANGS } from '../../i18n/translate';
import { useT } from './use-t';
import { useStore } from '../../store/store';

const NAMES = { en: 'English', fr: 'Français' } as const;

/** Switches the interface and the facility content between English and French. */
export function LanguageSwitch() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const setLang = useStore((s) => s.setLang);
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-label={NAMES[code]}
          aria-pressed={lang === code}
          onClick={() => setLang(code)}
        >
          <span className="lang-long">{NAMES[code]}</span>
          <span className="lang-short" aria-hidden="true">
            {code.toUpperCase()}
          </span>
        </button>
      ))}
    </div>
  );
}
