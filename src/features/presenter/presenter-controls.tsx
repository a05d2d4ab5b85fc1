import { useEffect, useMemo } from 'react';
import { defaultView } from '../../store/view-state';
import { useStore } from '../../store/store';
import { goToScene } from '../scenes/scene-flight';
import { useStory } from '../scenes/use-story';
import { useShortcuts, type Shortcut } from '../shortcuts/registry';
import { enterFullscreen, exitFullscreen, toggleFullscreen } from './fullscreen';
import { openChannel, parsePresenterMessage } from './presenter-channel';

/** Opens the presenter view (notes, next scene, timer) in a second window of the same origin. */
export function openPresenterWindow(): void {
  const url = new URL(window.location.href);
  url.search = `presenter=1&lang=${useStore.getState().lang}`;
  window.open(url.href, 'corridor-map-presenter', 'popup,width=960,height=720');
}

export function setPresenting(present: boolean): void {
  useStore.getState().patch({ present });
  void (present ? enterFullscreen() : exitFullscreen());
}

/** Back to the opening view: no filter, selection, radius, pairs or year; the corridor framed. */
export function resetView(): void {
  const { lang, present, unit, traffic } = useStore.getState();
  useStore.getState().setView({ ...defaultView(lang), present, unit, traffic });
  useStore.setState({ sceneIndex: null, timelinePlaying: false });
}

/**
 * The presenter's keys (p, f, w, ?, 0, ← →, Escape) and the audience side of the presenter window's channel.
 * Each key also has a visible control (the presenter bar, the header's button, the scenes panel).
 */
export function PresenterControls() {
  const story = useStory();
  const step = (delta: 1 | -1) => {
    const current = useStore.getState().sceneIndex;
    const next = current === null ? (delta === 1 ? 0 : story.length - 1) : current + delta;
    if (next >= 0 && next < story.length) goToScene(story, next);
  };
  const stepRef = useMemo(() => ({ step }), [story]); // eslint-disable-line react-hooks/exhaustive-deps -- story is what step reads

  const shortcuts = useMemo<Shortcut[]>(
    () => [
      {
        id: 'scene-prev',
        keys: ['←', '→'],
        label: 'shortcut.scenes',
        order: 50,
        match: (e) => e.key === 'ArrowLeft',
        run: () => stepRef.step(-1),
      },
      {
        id: 'scene-next',
        keys: [],
        label: 'shortcut.scenes',
        order: 51,
        match: (e) => e.key === 'ArrowRight',
        run: () => stepRef.step(1),
      },
      {
        id: 'reset',
        keys: ['0'],
        label: 'shortcut.reset',
        order: 60,
        match: (e) => e.code === 'Digit0' || e.code === 'Numpad0',
        run: resetView,
      },
      {
        id: 'present',
        keys: ['p'],
        label: 'shortcut.present',
        order: 70,
        match: (e) => e.key === 'p',
        run: () => setPresenting(!useStore.getState().present),
      },
      {
        id: 'fullscreen',
        keys: ['f'],
        label: 'shortcut.fullscreen',
        order: 71,
        match: (e) => e.key === 'f',
        run: toggleFullscreen,
      },
      {
        id: 'presenter-window',
        keys: ['w'],
        label: 'shortcut.presenterWindow',
        order: 72,
        match: (e) => e.key === 'w',
        run: openPresenterWindow,
      },
      {
        id: 'help',
        keys: ['?'],
        label: 'shortcut.help',
        order: 80,
        match: (e) => e.key === '?',
        run: () => useStore.setState((s) => ({ helpOpen: !s.helpOpen })),
      },
      {
        id: 'escape',
        keys: ['Esc'],
        label: 'shortcut.escape',
        order: 90,
        match: (e) => e.key === 'Escape' && (useStore.getState().helpOpen || useStore.getState().present),
        run: () => {
          if (useStore.getState().helpOpen) useStore.setState({ helpOpen: false });
          else setPresenting(false);
        },
      },
    ],
    [stepRef],
  );
  useShortcuts(shortcuts);

  // Leaving full screen with the browser's own Escape leaves presenter mode too.
  useEffect(() => {
    let wasFull = Boolean(document.fullscreenElement);
    const onChange = () => {
      const full = Boolean(document.fullscreenElement);
      if (wasFull && !full && useStore.getState().present) useStore.getState().patch({ present: false });
      wasFull = full;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // The presenter window: tell it where we are, and go where it asks.
  useEffect(() => {
    const channel = openChannel();
    if (!channel) return;
    const announce = () => {
      const { sceneIndex, lang } = useStore.getState();
      channel.postMessage({ type: 'state', sceneIndex, lang });
    };
    channel.onmessage = (event: MessageEvent) => {
      const message = parsePresenterMessage(event.data);
      if (message?.type === 'hello') announce();
      if (message?.type === 'goto') goToScene(story, message.index);
    };
    const unsubscribe = useStore.subscribe((state, previous) => {
      if (state.sceneIndex !== previous.sceneIndex || state.lang !== previous.lang) announce();
    });
    announce();
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [story]);

  // The cursor hides over the map after 2.5 s without moving, in presenter mode.
  const present = useStore((s) => s.present);
  useEffect(() => {
    if (!present) return;
    let timer = 0;
    const wake = () => {
      document.body.classList.remove('cursor-idle');
      window.clearTimeout(timer);
      timer = window.setTimeout(() => document.body.classList.add('cursor-idle'), 2500);
    };
    wake();
    window.addEventListener('pointermove', wake);
    return () => {
      window.removeEventListener('pointermove', wake);
      window.clearTimeout(timer);
      document.body.classList.remove('cursor-idle');
    };
  }, [present]);

  return null;
}
