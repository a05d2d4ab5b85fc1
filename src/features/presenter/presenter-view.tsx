import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '../../store/store';
import { useT } from '../language/use-t';
import { sceneNotes, sceneTitle, useStory } from '../scenes/use-story';
import { dispatchShortcut, useShortcuts, type Shortcut } from '../shortcuts/registry';
import { ShortcutList } from '../shortcuts/shortcut-list';
import { openChannel, parsePresenterMessage } from './presenter-channel';

/**
 * The presenter view (a second window, `?presenter=1`): the current scene's title and notes, the next scene's
 * title and a small live preview of it, a timer and the shortcuts. It follows the audience window and drives
 * it (← →, or the buttons) over a BroadcastChannel; either window can close without harming the other.
 */
export function PresenterView() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const story = useStory();
  const [index, setIndex] = useState<number | null>(null);
  const [connected, setConnected] = useState(false);
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const channelRef = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const channel = openChannel();
    if (!channel) return;
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent) => {
      const message = parsePresenterMessage(event.data);
      if (message?.type !== 'state') return;
      setConnected(true);
      setIndex(message.sceneIndex);
      if (message.lang !== useStore.getState().lang) useStore.getState().setLang(message.lang);
    };
    channel.postMessage({ type: 'hello' });
    return () => {
      channelRef.current = null;
      channel.close();
    };
  }, []);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    document.title = t('presenter.title');
  }, [t]);

  const go = (next: number) => {
    if (next >= 0 && next < story.length) channelRef.current?.postMessage({ type: 'goto', index: next });
  };
  const goRef = useMemo(() => ({ go, index }), [story, index]); // eslint-disable-line react-hooks/exhaustive-deps -- go reads story
  const shortcuts = useMemo<Shortcut[]>(
    () => [
      {
        id: 'scene-prev',
        keys: ['←', '→'],
        label: 'shortcut.scenes',
        order: 50,
        match: (e) => e.key === 'ArrowLeft',
        run: () => goRef.go((goRef.index ?? 0) - 1),
      },
      {
        id: 'scene-next',
        keys: [],
        label: 'shortcut.scenes',
        order: 51,
        match: (e) => e.key === 'ArrowRight',
        run: () => goRef.go(goRef.index === null ? 0 : goRef.index + 1),
      },
    ],
    [goRef],
  );
  useShortcuts(shortcuts);
  useEffect(() => {
    window.addEventListener('keydown', dispatchShortcut);
    return () => window.removeEventListener('keydown', dispatchShortcut);
  }, []);

  const current = index === null ? undefined : story[index];
  const nextIndex = index === null ? 0 : index + 1;
  const next = story[nextIndex];
  const seconds = Math.floor((now - started) / 1000);
  const clock = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  const preview =
    next && new URL(`./?${next.scene.view}&embed=1&panels=none&lang=${lang}`, window.location.href).href;

  return (
    <main className="presenter-view" lang={lang}>
      <h1>{t('presenter.title')}</h1>
      {!connected && <p className="hint">{t('presenter.waiting')}</p>}
      <section className="presenter-now" aria-labelledby="presenter-now">
        <h2 id="presenter-now">
          {t('presenter.now')}
          {current && ` · ${t('present.sceneOf', { n: (index ?? 0) + 1, total: story.length })}`}
        </h2>
        <p className="presenter-scene-title">{current ? sceneTitle(current, lang) : '—'}</p>
        <h3>{t('presenter.notes')}</h3>
        <p className="presenter-notes">{(current && sceneNotes(current, lang)) ?? '—'}</p>
      </section>
      <section className="presenter-next" aria-labelledby="presenter-next">
        <h2 id="presenter-next">{t('presenter.next')}</h2>
        <p className="presenter-scene-title">{next ? sceneTitle(next, lang) : t('presenter.end')}</p>
        {preview && <iframe className="presenter-preview" title={t('presenter.next')} src={preview} />}
      </section>
      <div className="presenter-controls">
        <button type="button" onClick={() => go((index ?? 0) - 1)} disabled={index === null || index === 0}>
          ← {t('present.prev')}
        </button>
        <button type="button" onClick={() => go(nextIndex)} disabled={!next}>
          {t('present.next')} →
        </button>
        <span className="presenter-timer" role="timer" aria-label={t('presenter.timer')}>
          {clock}
        </span>
        <button
          type="button"
          onClick={() => {
            setStarted(Date.now());
            setNow(Date.now());
          }}
        >
          {t('presenter.restart')}
        </button>
      </div>
      <section aria-labelledby="presenter-keys">
        <h2 id="presenter-keys">{t('help.title')}</h2>
        <ShortcutList />
      </section>
    </main>
  );
}
