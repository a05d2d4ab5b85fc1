import { useId, useRef, useState } from 'react';
import { useStore } from '../../store/store';
import { serializeView } from '../../store/url-codec';
import { pickView } from '../../store/url-sync';
import { EMBED_PANELS, type EmbedPanel } from '../embed/embed-config';
import { useT } from '../language/use-t';
import { embedUrl, iframeSnippet, sdkSnippet, type SnippetOptions } from './embed-snippet';

/** Where the app is served (its folder, so sub-path hosting works). */
const appUrl = () => new URL('./', window.location.href).href;

/**
 * "Share and embed": a link to this exact view, and an embed snippet built from it (language, theme, panels,
 * size) with a live preview, as a plain iframe or with the SDK. A native modal dialog: Escape closes it,
 * focus stays inside and returns to the button.
 */
export function ShareDialog() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const view = useStore((s) => serializeView(pickView(s)));
  const lang = useStore((s) => s.lang);
  const [options, setOptions] = useState<Omit<SnippetOptions, 'view'>>({
    lang,
    theme: 'light',
    accent: '#1f6fb2',
    panels: EMBED_PANELS,
    size: 'responsive',
    width: 800,
    height: 500,
  });
  const [kind, setKind] = useState<'iframe' | 'sdk'>('iframe');
  const [copied, setCopied] = useState<string | null>(null);
  const id = useId();

  const full: SnippetOptions = { ...options, view };
  const link = (() => {
    const url = new URL(appUrl());
    url.search = view;
    return url.href;
  })();
  const snippet =
    kind === 'iframe' ? iframeSnippet(appUrl(), full, t('app.title')) : sdkSnippet(appUrl(), full);
  const set = (patch: Partial<typeof options>) => setOptions((o) => ({ ...o, ...patch }));
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied(null);
    }
  };
  const togglePanel = (panel: EmbedPanel) =>
    set({
      panels: options.panels.includes(panel)
        ? options.panels.filter((p) => p !== panel)
        : EMBED_PANELS.filter((p) => p === panel || options.panels.includes(p)),
    });

  return (
    <>
      <button
        type="button"
        className="share-button"
        onClick={() => {
          setOpen(true);
          setCopied(null);
          dialog.current?.showModal();
        }}
      >
        {t('share.open')}
      </button>
      <dialog
        ref={dialog}
        className="share-dialog"
        aria-labelledby={`${id}-title`}
        onClose={() => setOpen(false)}
      >
        <div className="share-head">
          <h2 id={`${id}-title`}>{t('share.open')}</h2>
          <button
            type="button"
            className="close"
            aria-label={t('share.close')}
            onClick={() => dialog.current?.close()}
          >
            ×
          </button>
        </div>
        <h3>{t('share.link')}</h3>
        <div className="share-row">
          <input readOnly value={link} aria-label={t('share.link')} onFocus={(e) => e.target.select()} />
          <button type="button" onClick={() => void copy(link, 'link')}>
            {t('share.copyLink')}
          </button>
        </div>
        <h3>{t('share.embed')}</h3>
        <div className="share-options">
          <label className="field">
            <span>{t('share.lang')}</span>
            <select
              value={options.lang}
              onChange={(e) =>
                set({ lang: e.target.value === 'fr' ? 'fr' : e.target.value === 'auto' ? 'auto' : 'en' })
              }
            >
              <option value="en">English</option>
              <option value="fr">Français</option>
              <option value="auto">{t('share.langAuto')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('share.theme')}</span>
            <select
              value={options.theme}
              onChange={(e) =>
                set({
                  theme:
                    e.target.value === 'dark' ? 'dark' : e.target.value === 'accent' ? 'accent' : 'light',
                })
              }
            >
              <option value="light">{t('share.themeLight')}</option>
              <option value="dark">{t('share.themeDark')}</option>
              <option value="accent">{t('share.themeAccent')}</option>
            </select>
          </label>
          {options.theme === 'accent' && (
            <label className="field">
              <span>{t('share.accent')}</span>
              <input type="color" value={options.accent} onChange={(e) => set({ accent: e.target.value })} />
            </label>
          )}
          <fieldset>
            <legend>{t('share.panels')}</legend>
            {EMBED_PANELS.map((panel) => (
              <label key={panel} className="facet-option">
                <input
                  type="checkbox"
                  checked={options.panels.includes(panel)}
                  onChange={() => togglePanel(panel)}
                />
                <span className="facet-label">{t(`share.panel.${panel}`)}</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('share.size')}</legend>
            {(['responsive', 'fixed'] as const).map((size) => (
              <label key={size} className="facet-option">
                <input
                  type="radio"
                  name={`${id}-size`}
                  checked={options.size === size}
                  onChange={() => set({ size })}
                />
                <span className="facet-label">
                  {t(size === 'responsive' ? 'share.responsive' : 'share.fixed')}
                </span>
              </label>
            ))}
            {options.size === 'fixed' && (
              <div className="share-row">
                <label className="field">
                  <span>{t('share.width')}</span>
                  <input
                    type="number"
                    min={300}
                    max={2000}
                    value={options.width}
                    onChange={(e) => set({ width: clamp(e.target.value, 300, 2000) })}
                  />
                </label>
                <label className="field">
                  <span>{t('share.height')}</span>
                  <input
                    type="number"
                    min={300}
                    max={2000}
                    value={options.height}
                    onChange={(e) => set({ height: clamp(e.target.value, 300, 2000) })}
                  />
                </label>
              </div>
            )}
          </fieldset>
          <fieldset>
            <legend>{t('share.kind')}</legend>
            {(['iframe', 'sdk'] as const).map((k) => (
              <label key={k} className="facet-option">
                <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} />
                <span className="facet-label">
                  {t(k === 'iframe' ? 'share.kindIframe' : 'share.kindSdk')}
                </span>
              </label>
            ))}
          </fieldset>
        </div>
        <label className="field">
          <span>{t('share.snippet')}</span>
          <textarea
            readOnly
            rows={kind === 'sdk' ? 9 : 4}
            value={snippet}
            onFocus={(e) => e.target.select()}
          />
        </label>
        <button type="button" onClick={() => void copy(snippet, 'snippet')}>
          {t('share.copySnippet')}
        </button>
        <p role="status" className="hint">
          {copied === 'link' ? t('share.copiedLink') : copied === 'snippet' ? t('share.copiedSnippet') : ''}
        </p>
        <h3>{t('share.preview')}</h3>
        {open && (
          <iframe
            className="share-preview"
            title={t('share.preview')}
            src={embedUrl(appUrl(), full)}
            style={options.size === 'fixed' ? { width: options.width, height: options.height } : undefined}
          />
        )}
      </dialog>
    </>
  );
}

function clamp(raw: string, min: number, max: number): number {
  const n = Math.round(Number(raw));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
}
